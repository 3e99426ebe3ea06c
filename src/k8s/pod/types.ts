import type { Condition, Resource } from '../common/types';

export type PodSpec = {
  nodeName?: string;
  hostNetwork?: boolean;
  serviceAccountName?: string;
  containers: { name: string; image?: string }[];
};

export type PodStatus = {
  phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
  podIP?: string;
  podIPs?: { ip: string }[];
  hostIP?: string;
  conditions?: Condition[];
  containerStatuses?: { name: string; ready: boolean; restartCount?: number }[];
};

export type PodKind = Resource<PodSpec, PodStatus>;
