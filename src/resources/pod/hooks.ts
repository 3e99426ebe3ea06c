import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { PodModel, gvkOf } from '../../models';
import type { LabelSelector } from '../../k8s/common/types';
import type { PodKind } from '../../k8s/pod/types';
import { ZTUNNEL_APP_LABEL } from '../../mesh/labels';
import { listComplete, watched, type WatchOptions, noItems } from '../common/watch';

/**
 * Page size of the cluster-wide pod list. The console lists 250 objects per request unless the
 * watched resource sets a `limit`, and re-renders every watcher once per page: 20,000 pods would
 * be 80 requests and 80 renders. Pages of this size keep the first page quick and the number of
 * pages small. Every cluster-wide pod watch uses it, so the pages share one watch.
 */
export const ALL_PODS_PAGE_SIZE = 2000;

export type PodsWatch = {
  pods: PodKind[];
  loaded: boolean;
  error: unknown;
  /** The list holds every page (see `listComplete`); only an early signal, never required. */
  complete: boolean;
};

/**
 * Pods of one namespace, or of all namespaces when `namespace` is undefined. One watch for the
 * whole list: never one per row.
 */
export const usePods = ({
  namespace,
  selector,
  ...options
}: WatchOptions & { namespace?: string; selector?: LabelSelector } = {}): PodsWatch => {
  const limit = namespace === undefined ? ALL_PODS_PAGE_SIZE : undefined;
  const [pods, loaded, error] = useK8sWatchResource<PodKind[]>(
    watched(
      { groupVersionKind: gvkOf(PodModel), isList: true, namespace, selector, limit },
      options,
    ),
  );
  const list = pods ?? noItems<PodKind>();
  return { pods: list, loaded, error, complete: loaded && listComplete(list.length, limit) };
};

/** The ztunnel pods (`app=ztunnel`) in the ZTunnel namespace. */
export const useZtunnelPods = ({
  namespace,
  ...options
}: WatchOptions & { namespace: string }): PodsWatch =>
  usePods({
    namespace,
    selector: { matchLabels: { [ZTUNNEL_APP_LABEL.key]: ZTUNNEL_APP_LABEL.value } },
    ...options,
  });
