import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { ClusterVersionModel, gvkOf } from '../../models';
import type { ClusterVersionKind } from '../../k8s/clusterversion/types';
import { watched, type WatchOptions } from '../common/watch';

export type ClusterVersionWatch = {
  cv: ClusterVersionKind | undefined;
  loaded: boolean;
  error: unknown;
};

export const CLUSTER_VERSION_NAME = 'version';

/**
 * The cluster's `ClusterVersion` (named `version`). On a cluster that does not serve the kind
 * (not OpenShift) the console answers an empty object with its not-served error: `cv` undefined.
 */
export const useClusterVersion = (options: WatchOptions = {}): ClusterVersionWatch => {
  const [cv, loaded, error] = useK8sWatchResource<ClusterVersionKind>(
    watched({ groupVersionKind: gvkOf(ClusterVersionModel), name: CLUSTER_VERSION_NAME }, options),
  );
  return { cv: cv?.metadata ? cv : undefined, loaded, error };
};
