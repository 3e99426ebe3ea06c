import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { ClusterServiceVersionModel, gvkOf } from '../../models';
import type { ClusterServiceVersionKind } from '../../k8s/csv/types';
import { watched, type WatchOptions, noneIfNotServed } from '../common/watch';

export type CSVsWatch = { csvs: ClusterServiceVersionKind[]; loaded: boolean; error: unknown };

/** Where cluster-wide operators (Service Mesh among them) are installed. */
export const OPERATORS_NAMESPACE = 'openshift-operators';

/**
 * ClusterServiceVersions of one namespace (all-namespace operators are copied into every
 * namespace, so one namespace is enough).
 */
export const useClusterServiceVersions = ({
  namespace = OPERATORS_NAMESPACE,
  ...options
}: WatchOptions & { namespace?: string } = {}): CSVsWatch => {
  const [csvs, loaded, error] = useK8sWatchResource<ClusterServiceVersionKind[]>(
    watched(
      {
        groupVersionKind: gvkOf(ClusterServiceVersionModel),
        isList: true,
        namespace,
      },
      options,
    ),
  );
  // none without OLM (a cluster that does not serve the kind)
  const list = noneIfNotServed(csvs, loaded, error);
  return { csvs: list.items, loaded: list.loaded, error: list.error };
};
