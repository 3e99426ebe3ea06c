import type { IstioKind } from '../../k8s/istio/types';

// istio-ecosystem/sail-operator controllers/istio/istio_controller.go getActiveRevisionName
// (release-1.26, release-1.27, main): InPlace -> the CR's name; RevisionBased ->
// `<name>-<version with dots as dashes>`.
/** The revision an Istio CR runs: `status.activeRevisionName`, else derived from its spec. */
export const activeRevisionName = (istio: IstioKind): string => {
  if (istio.status?.activeRevisionName) return istio.status.activeRevisionName;
  const name = istio.metadata?.name ?? '';
  if (istio.spec?.updateStrategy?.type === 'RevisionBased') {
    return `${name}-${(istio.spec.version ?? '').replace(/\./g, '-')}`;
  }
  return name;
};

/**
 * The revisions that exist (each Istio's active revision). Undefined (unknown) when a
 * RevisionBased Istio exists: its `IstioRevisionTag`s, which the webhooks also answer to, are
 * not watched.
 */
export const istioRevisions = (istios: IstioKind[]): string[] | undefined =>
  istios.some((i) => i.spec?.updateStrategy?.type === 'RevisionBased')
    ? undefined
    : istios.map(activeRevisionName);

// istio/istio pkg/revisions/tag_watcher.go (release-1.26..1.28): a Gateway without `istio.io/rev`
// is taken by the default revision only (`default`, or the revision a `default` tag points to).
/**
 * The `istio.io/rev` a new waypoint needs so that the installed istiod takes it: none when an
 * Istio runs the `default` revision (or no Istio is known), else the active revision of the
 * Istio named `default`, or of the first one.
 */
export const waypointRevision = (istios: IstioKind[]): string | undefined => {
  const live = istios.filter((i) => !i.metadata?.deletionTimestamp);
  if (!live.length || live.some((i) => activeRevisionName(i) === 'default')) return undefined;
  const istio = live.find((i) => i.metadata?.name === 'default') ?? live[0];
  return activeRevisionName(istio) || undefined;
};
