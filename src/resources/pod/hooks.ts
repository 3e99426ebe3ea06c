import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import * as React from 'react';
import { PodModel, gvkOf } from '../../models';
import type { LabelSelector } from '../../k8s/common/types';
import type { PodKind } from '../../k8s/pod/types';
import { ZTUNNEL_APP_LABEL } from '../../mesh/labels';
import { listComplete, watched, type WatchOptions, noItems } from '../common/watch';
import { allPodsPageSize, rememberPodsSeen } from './pageSize';

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
  // Cluster-wide, pages sized to the cluster as this browser last saw it (`allPodsPageSize`): the
  // console lists 250 objects per request unless the watched resource sets a `limit`, and
  // renders every watcher once per page. Every cluster-wide pod watch uses it, so they share one.
  const cluster = namespace === undefined;
  const limit = cluster ? allPodsPageSize() : undefined;
  const [pods, loaded, error] = useK8sWatchResource<PodKind[]>(
    watched(
      { groupVersionKind: gvkOf(PodModel), isList: true, namespace, selector, limit },
      options,
    ),
  );
  const list = pods ?? noItems<PodKind>();
  const complete = loaded && listComplete(list.length, limit);
  // the size of the whole cluster-wide list, once per watch, for the next load's page size
  const watching = options.enabled !== false;
  const remembered = React.useRef(false);
  React.useEffect(() => {
    if (!cluster || !watching || !complete || error || remembered.current) return;
    remembered.current = true;
    rememberPodsSeen(list.length);
  }, [cluster, watching, complete, error, list.length]);
  return { pods: list, loaded, error, complete };
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
