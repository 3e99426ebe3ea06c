import * as React from 'react';
import { PodModel, gvkOf } from '../../models';
import type { LabelSelector } from '../../k8s/common/types';
import type { PodKind } from '../../k8s/pod/types';
import { ZTUNNEL_APP_LABEL } from '../../mesh/labels';
import { listComplete, watched, type WatchOptions, noItems } from '../common/watch';
import { useListFrom } from '../common/useListFrom';
import { useListPreview } from '../common/useListPreview';
import { LARGE_PODS_PAGE_SIZE } from '../../mesh/scope/podsPageSize';
import { allPodsPageSize, rememberPodsSeen } from './pageSize';

export type PodsWatch = {
  pods: PodKind[];
  loaded: boolean;
  error: unknown;
  /** The list holds every page (see `listComplete`); only an early signal, never required. */
  complete: boolean;
};

export type PodsPaging = {
  /**
   * Cluster-wide, pages of `LARGE_PODS_PAGE_SIZE` whatever the cluster's size: fewer requests and
   * renders, but the first page is a large read (25,000 pods, about 50 MB). For a page whose first
   * rows come from `usePodsPreview` and that asks for this list only once they are shown.
   */
  largePages?: boolean;
};

/**
 * Pods of one namespace, or of all namespaces when `namespace` is undefined. One watch for the
 * whole list: never one per row.
 */
export const usePods = ({
  namespace,
  selector,
  largePages,
  ownWatch = false,
  ...options
}: WatchOptions &
  PodsPaging & {
    namespace?: string;
    selector?: LabelSelector;
    /** Listed and watched by the plugin itself, as every pod of the cluster is (see below). */
    ownWatch?: boolean;
  } = {}): PodsWatch => {
  // Cluster-wide, pages sized to the cluster as this browser last saw it (`allPodsPageSize`): the
  // console lists 250 objects per request unless the watched resource sets a `limit`, and
  // renders every watcher once per page. Every cluster-wide pod watch of a page uses the same
  // size, so they share one.
  const cluster = namespace === undefined;
  const limit = cluster ? (largePages ? LARGE_PODS_PAGE_SIZE : allPodsPageSize()) : undefined;
  const resource = watched(
    { groupVersionKind: gvkOf(PodModel), isList: true, namespace, selector, limit },
    options,
  );
  // Every pod of the cluster is listed and watched by the plugin itself (`useListWatch`): the
  // console's store would convert each of them into Immutable and back, seconds at 20,000 pods.
  // One namespace's pods go through the console's watch.
  const [pods, loaded, error] = useListFrom<PodKind>(resource, PodModel, cluster || ownWatch);
  const list = pods ?? noItems<PodKind>();
  // a watch switched off is "loaded" with nothing in the console, but it lists no page at all
  const watching = options.enabled !== false;
  const complete = watching && loaded && listComplete(list.length, limit);
  // the size of the whole cluster-wide list, once per watch, for the next load's page size
  const remembered = React.useRef(false);
  React.useEffect(() => {
    if (!cluster || !complete || error || remembered.current) return;
    remembered.current = true;
    rememberPodsSeen(list.length);
  }, [cluster, complete, error, list.length]);
  return { pods: list, loaded, error, complete };
};

/**
 * The ztunnel pods (`app=ztunnel`) in the ZTunnel namespace: one per node, so listed and watched
 * by the plugin itself, as the nodes are.
 */
export const useZtunnelPods = ({
  namespace,
  ...options
}: WatchOptions & { namespace: string }): PodsWatch =>
  usePods({
    namespace,
    selector: { matchLabels: { [ZTUNNEL_APP_LABEL.key]: ZTUNNEL_APP_LABEL.value } },
    ownWatch: true,
    ...options,
  });

/**
 * The first `size` pods of the cluster-wide list (the API lists them by namespace, then name),
 * read once each time it is switched on (`useListPreview`): the first rows of a page whose watch
 * lists in large pages. `complete` when the cluster has no more pods than that.
 */
export const usePodsPreview = ({
  size,
  enabled = true,
}: WatchOptions & { size: number }): PodsWatch => {
  const { items, ...read } = useListPreview<PodKind>(PodModel, size, enabled);
  return { pods: items, ...read };
};
