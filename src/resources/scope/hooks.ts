import * as React from 'react';
import {
  useAccessReview,
  useK8sWatchResources,
  type WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import type { PodKind } from '../../k8s/pod/types';
import { getName } from '../../k8s/common/selectors';
import { CLUSTER_SCOPE, type ReadScope, readScope, scopedNamespaces } from '../../mesh/scope/scope';
import { PodModel, gvkOf } from '../../models';
import { useProjects } from '../namespace/hooks';
import { type PodsPaging, type PodsWatch, usePods } from '../pod/hooks';
import { listed, noItems, type WatchOptions } from '../common/watch';

export type ScopeWatch = {
  scope: ReadScope;
  loaded: boolean;
  /** The access review has not answered yet. */
  checking: boolean;
};

/**
 * Where the user may read `resource` from: decided with an access review (list, cluster-wide);
 * when refused, the user's projects (one list) give the namespaces.
 */
export const useReadScope = ({
  group,
  resource,
  enabled = true,
}: WatchOptions & { group: string; resource: string }): ScopeWatch => {
  const [clusterWide, checking] = useAccessReview({ group, resource, verb: 'list' });
  const projects = useProjects({ enabled: enabled && !checking && !clusterWide });
  const names = React.useMemo(() => projects.namespaces.map(getName), [projects.namespaces]);
  const scope = React.useMemo(
    () => readScope({ clusterWide: !checking && clusterWide, visible: names }),
    [checking, clusterWide, names],
  );
  const loaded = !checking && (clusterWide || projects.loaded || !!projects.error);
  return { scope, loaded, checking };
};

export type ScopedPodsWatch = PodsWatch & { scope?: ReadScope };

/**
 * Pods of one namespace, or of every namespace the user may read them in: the cluster-wide pod
 * watch (`usePods`) when allowed, else one watch per visible namespace (bounded), merged; beyond
 * the bound, none (the scope says `pick`). The cluster-wide list is requested at once, beside
 * the access review rather than after it: when the server lists it, it is shown without waiting
 * for the review; when the review refuses, the watch is dropped for the user's namespaces.
 */
export const useScopedPods = ({
  namespace,
  enabled = true,
  largePages,
}: WatchOptions & PodsPaging & { namespace?: string } = {}): ScopedPodsWatch => {
  const {
    scope: reviewed,
    loaded: reviewLoaded,
    checking,
  } = useReadScope({
    group: '',
    resource: 'pods',
    enabled: enabled && !namespace,
  });
  const wide = !namespace && (checking || reviewed.kind === 'cluster');
  const one = usePods({ namespace, enabled: enabled && (!!namespace || wide), largePages });
  const cluster = !namespace && (reviewed.kind === 'cluster' || (checking && listed(one)));
  const scope = cluster ? CLUSTER_SCOPE : reviewed;
  const scopeLoaded = reviewLoaded || cluster;
  // keyed by the names' content, so that a new but equal list keeps the same watches
  const key = !enabled || namespace || !scopeLoaded ? '' : scopedNamespaces(scope).join(',');
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
  if (namespace || cluster) return { ...one, scope: namespace ? undefined : scope };
  if (!scopeLoaded)
    return { pods: noItems(), loaded: false, error: undefined, complete: false, scope };
  if (scope.kind === 'pick') {
    return { pods: noItems(), loaded: true, error: undefined, complete: true, scope };
  }
  // per-namespace lists: whether each has its last page is not known here (debounced as before)
  return { ...merged, complete: false, scope };
};
