/**
 * Where a list is read from: cluster-wide when the user may list it there; otherwise the
 * namespaces the user can see (their projects), one watch each, up to a bound; beyond the bound
 * the user picks one namespace.
 */
export type ReadScope =
  | { kind: 'cluster' }
  | { kind: 'namespaces'; namespaces: string[] }
  | { kind: 'pick'; namespaces: string[]; max: number };

/** The cluster-wide scope: one object, so that a view given it twice need not render again. */
export const CLUSTER_SCOPE: ReadScope = Object.freeze({ kind: 'cluster' });

/** At most this many per-namespace watches stand in for one cluster-wide watch. */
export const MAX_NAMESPACE_WATCHES = 10;

export const readScope = ({
  clusterWide,
  visible,
  max = MAX_NAMESPACE_WATCHES,
}: {
  clusterWide: boolean;
  visible: string[];
  max?: number;
}): ReadScope => {
  if (clusterWide) return CLUSTER_SCOPE;
  const namespaces = [...new Set(visible)].sort();
  if (namespaces.length > max) return { kind: 'pick', namespaces, max };
  return { kind: 'namespaces', namespaces };
};

/** The namespaces a scope watches one by one (none for cluster-wide or pick). */
export const scopedNamespaces = (scope: ReadScope): string[] =>
  scope.kind === 'namespaces' ? scope.namespaces : [];
