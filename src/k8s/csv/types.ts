import type { Condition, Resource } from '../common/types';

export type ClusterServiceVersionKind = Resource<
  { displayName?: string; version?: string; provider?: { name?: string } },
  { phase?: string; reason?: string; message?: string; conditions?: Condition[] }
>;
