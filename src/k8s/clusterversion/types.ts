import type { Condition, Resource } from '../common/types';

export type ClusterVersionKind = Resource<
  { channel?: string; clusterID?: string },
  {
    desired?: { version?: string; image?: string };
    history?: { state: string; version: string }[];
    conditions?: Condition[];
  }
>;
