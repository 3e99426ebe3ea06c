import * as React from 'react';
import { useK8sWatchResources, type WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import type { PodKind } from '../../k8s/pod/types';
import { getName } from '../../k8s/common/selectors';
import { CLUSTER_SCOPE, type ReadScope, readScope, scopedNamespaces } from '../../mesh/scope/scope';
import { PodModel, gvkOf } from '../../models';
import { useProjects } from '../namespace/hooks';
import { type PodsPaging, type PodsWatch, usePods } from '../pod/hooks';
import { noItems, refusedList, settled, type WatchOptions } from '../common/watch';

export type ScopedPodsWatch = PodsWatch & { scope?: ReadScope };

/**
 * Pods of one namespace, or of every namespace the user may read them in: the cluster-wide pod
 * watch (`usePods`) when the server lists it, else one watch per visible namespace (bounded),
 * merged; beyond the bound, none (the scope says `pick`). The cluster-wide list is asked for
 * first, with no access review before it: a review would be one more request in the page's
 * first round, and the list's own answer says the same. Once the server refuses it (HTTP 403),
 * or the caller already knows it does (`refused`: a first read was refused), the user's projects
 * give the namespaces, and the cluster-wide watch is not asked for again.
 */
export const useScopedPods = ({
  namespace,
  enabled = true,
  largePages,
  refused: refusedBefore = false,
}: WatchOptions &
  PodsPaging & {
    namespace?: string;
    /** The server already refused to list pods cluster-wide. */
    refused?: boolean;
  } = {}): ScopedPodsWatch => {
  const [refusedHere, setRefusedHere] = React.useState(false);
  const refused = refusedBefore || refusedHere;
  const one = usePods({ namespace, enabled: enabled && (!!namespace || !refused), largePages });
  const refusing = !namespace && refusedList(one);
  React.useEffect(() => {
    if (refusing) setRefusedHere(true);
  }, [refusing]);
  const perNamespace = !namespace && (refused || refusing);
  const projects = useProjects({ enabled: enabled && perNamespace });
  const names = React.useMemo(() => projects.namespaces.map(getName), [projects.namespaces]);
  const scope = React.useMemo(
    () => (perNamespace ? readScope({ clusterWide: false, visible: names }) : CLUSTER_SCOPE),
    [perNamespace, names],
  );
  const scopeLoaded = perNamespace && settled(projects);
  // keyed by the names' content, so that a new but equal list keeps the same watches
  const key = !enabled || !scopeLoaded ? '' : scopedNamespaces(scope).join(',');
  const resources = React.useMemo(
    () =>
      Object.fromEntries(
        (key ? key.split(',') : []).map((ns): [string, WatchK8sResource] => [
          ns,
          { groupVersionKind: gvkOf(PodModel), isList: true, namespace: ns },
        ]),
      ),
    [key],
  );
  const many = useK8sWatchResources<Record<string, PodKind[]>>(resources);
  const merged = React.useMemo(() => {
    const results = Object.values(many);
    return {
      pods: results.length
        ? results.flatMap((r) => r.data ?? noItems<PodKind>())
        : noItems<PodKind>(),
      loaded: results.every((r) => r.loaded || !!r.loadError),
      error: results.find((r) => r.loadError)?.loadError,
    };
  }, [many]);
  if (namespace) return one;
  if (!perNamespace) return { ...one, scope };
  if (!scopeLoaded)
    return { pods: noItems(), loaded: false, error: undefined, complete: false, scope };
  if (scope.kind === 'pick') {
    return { pods: noItems(), loaded: true, error: undefined, complete: true, scope };
  }
  // per-namespace lists: whether each has its last page is not known here (debounced as before)
  return { ...merged, complete: false, scope };
};
