import type { Condition, Resource } from '../common/types';

export type ClusterVersionKind = Resource<
  { channel?: string; clusterID?: string },
  {
    desired?: { version?: string; image?: string };
    history?: { state: string; version: string }[];
    conditions?: Condition[];
  }
>;

export const getClusterVersion = (cv?: ClusterVersionKind): string | undefined =>
  cv?.status?.desired?.version ??
  cv?.status?.history?.find((h) => h.state === 'Completed')?.version;
