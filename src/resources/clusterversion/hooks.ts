import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { ClusterVersionModel, gvkOf } from '../../models';
import type { ClusterVersionKind } from '../../k8s/clusterversion/types';

export type ClusterVersionWatch = {
  cv: ClusterVersionKind | undefined;
  loaded: boolean;
  error: unknown;
};

export const CLUSTER_VERSION_NAME = 'version';

/** The cluster's `ClusterVersion` (named `version`). Pass `false` to disable the watch. */
export const useClusterVersion = (enabled = true): ClusterVersionWatch => {
  const [cv, loaded, error] = useK8sWatchResource<ClusterVersionKind>(
    enabled
      ? { groupVersionKind: gvkOf(ClusterVersionModel), name: CLUSTER_VERSION_NAME, optional: true }
      : null,
  );
  return { cv: cv?.metadata ? cv : undefined, loaded, error };
};
