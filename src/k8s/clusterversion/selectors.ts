import type { ClusterVersionKind } from './types';

/** The version the cluster runs or is moving to: `desired`, else the newest history entry. */
export const getClusterVersion = (cv?: ClusterVersionKind): string | undefined =>
  cv?.status?.desired?.version ?? cv?.status?.history?.[0]?.version;
