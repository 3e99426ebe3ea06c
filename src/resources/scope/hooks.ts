import * as React from 'react';
import {
  useAccessReview,
  useK8sWatchResources,
  type WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import type { PodKind } from '../../k8s/pod/types';
import { getName } from '../../k8s/common/selectors';
import { type ReadScope, readScope, scopedNamespaces } from '../../mesh/scope/scope';
import { PodModel, gvkOf } from '../../models';
import { useProjects } from '../namespace/hooks';
import { type PodsWatch, usePods } from '../pod/hooks';
import type { WatchOptions } from '../common/watch';

export type ScopeWatch = { scope: ReadScope; loaded: boolean };

/**
 * Where the user may read `resource` from: decided with an access review (list, cluster-wide)
 * before anything is watched; when refused, the user's projects (one list) give the namespaces.
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
  return { scope, loaded };
};

const EMPTY: PodKind[] = [];

export type ScopedPodsWatch = PodsWatch & { scope?: ReadScope };

/**
 * Pods of one namespace, or of every namespace the user may read them in: the cluster-wide pod
 * watch (`usePods`) when allowed, else one watch per visible namespace (bounded), merged; beyond
 * the bound, none (the scope says `pick`).
 */
export const useScopedPods = ({
  namespace,
  enabled = true,
}: WatchOptions & { namespace?: string } = {}): ScopedPodsWatch => {
  const { scope, loaded: scopeLoaded } = useReadScope({
    group: '',
    resource: 'pods',
    enabled: enabled && !namespace,
  });
  const decided = enabled && (!!namespace || scopeLoaded);
  const cluster = !namespace && scope.kind === 'cluster';
  const one = usePods({ namespace, enabled: decided && (!!namespace || cluster) });
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
      pods: results.length ? results.flatMap((r) => r.data ?? EMPTY) : EMPTY,
      loaded: results.every((r) => r.loaded || !!r.loadError),
      error: results.find((r) => r.loadError)?.loadError,
    };
  }, [many]);
  if (namespace || cluster) return { ...one, scope: namespace ? undefined : scope };
  if (!scopeLoaded) return { pods: EMPTY, loaded: false, error: undefined, complete: false, scope };
  if (scope.kind === 'pick') {
    return { pods: EMPTY, loaded: true, error: undefined, complete: true, scope };
  }
  // per-namespace lists: whether each has its last page is not known here (debounced as before)
  return { ...merged, complete: false, scope };
};
