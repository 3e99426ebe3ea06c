import type { Condition, Resource } from '../common/types';

export type NodeKind = Resource<
  { unschedulable?: boolean; podCIDR?: string; taints?: { key: string; effect: string }[] },
  {
    conditions?: Condition[];
    addresses?: { type: string; address: string }[];
    nodeInfo?: { kubeletVersion?: string };
  }
>;
