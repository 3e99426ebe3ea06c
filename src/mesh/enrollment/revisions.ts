import type { IstioKind } from '../../k8s/istio/types';
import type { IstioRevisionTagKind } from '../../k8s/istiorevisiontag/types';
import { DEFAULT_TAG } from '../../k8s/istiorevisiontag/types';
import { getTagRevision } from '../../k8s/istiorevisiontag/selectors';
import { getName } from '../../k8s/common/selectors';

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
 * The revisions that exist (each Istio's active revision) and the reconciled tags, which the
 * injection webhooks also answer to. Undefined (unknown) when a RevisionBased Istio exists and the
 * `IstioRevisionTag`s are not known (not watched, or not readable).
 */
export const istioRevisions = (
  istios: IstioKind[],
  tags?: IstioRevisionTagKind[],
): string[] | undefined => {
  if (!tags && istios.some((i) => i.spec?.updateStrategy?.type === 'RevisionBased'))
    return undefined;
  const tagged = (tags ?? []).filter((t) => getTagRevision(t)).map((t) => getName(t));
  return [...new Set([...istios.map(activeRevisionName), ...tagged])];
};

// istio/istio pkg/revisions/tag_watcher.go (release-1.26..1.28): a Gateway without `istio.io/rev`
// is taken by the default revision only (`default`, or the revision a `default` tag points to).
/**
 * The `istio.io/rev` a new waypoint needs so that the installed istiod takes it: none when an
 * Istio runs the `default` revision, when the `default` tag resolves to a live Istio's revision,
 * or when no Istio is known; else the active revision of the Istio named `default`, or of the
 * first one.
 */
export const waypointRevision = (
  istios: IstioKind[],
  tags: IstioRevisionTagKind[] = [],
): string | undefined => {
  const live = istios.filter((i) => !i.metadata?.deletionTimestamp);
  if (!live.length || live.some((i) => activeRevisionName(i) === DEFAULT_TAG)) return undefined;
  const defaultTag = tags.find((t) => getName(t) === DEFAULT_TAG);
  const tagged = defaultTag && getTagRevision(defaultTag);
  if (tagged && live.some((i) => activeRevisionName(i) === tagged)) return undefined;
  const istio = live.find((i) => i.metadata?.name === DEFAULT_TAG) ?? live[0];
  return activeRevisionName(istio) || undefined;
};

/**
 * The revision an object labelled `rev` (empty: unlabelled) is served by: a tag's name resolves
 * to the tag's revision; unlabelled objects go to `default` (a revision or the `default` tag).
 */
export const servingRevision = (rev: string | undefined, tags: IstioRevisionTagKind[]): string => {
  const wanted = rev || DEFAULT_TAG;
  const tag = tags.find((t) => getName(t) === wanted);
  return (tag && getTagRevision(tag)) || wanted;
};
