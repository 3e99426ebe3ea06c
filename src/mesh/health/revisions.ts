import type { IstioKind } from '../../k8s/istio/types';
import type { IstioRevisionKind } from '../../k8s/istiorevision/types';
import type { IstioRevisionTagKind } from '../../k8s/istiorevisiontag/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import { getTagRevision, getTagTarget, isTagInUse } from '../../k8s/istiorevisiontag/selectors';
import {
  getAnnotation,
  getCondition,
  getLabels,
  getName,
  getNamespace,
} from '../../k8s/common/selectors';
import { getIstioNamespace } from '../../k8s/istio/selectors';
import { activeRevisionName } from '../enrollment/revisions';
import { ISTIO_INJECTION_LABEL, ISTIO_REV_LABEL } from '../labels';

// istio-ecosystem/sail-operator pkg/revision/references.go (release-1.26, release-1.27, main).
/** The revision (or tag) a namespace references: `istio-injection=enabled` -> `default`, else `istio.io/rev`. */
export const namespaceRevisionRef = (ns?: NamespaceKind): string => {
  const labels = getLabels(ns);
  if (labels[ISTIO_INJECTION_LABEL] === 'enabled') return 'default';
  return labels[ISTIO_REV_LABEL] ?? '';
};

/** A pod's injection intent: `istio.io/rev`, or `default` for `sidecar.istio.io/inject=true`. */
export const podRevisionRef = (pod: PodKind): string => {
  const labels = getLabels(pod);
  if (labels['sidecar.istio.io/inject'] === 'false') return '';
  if (labels[ISTIO_REV_LABEL]) return labels[ISTIO_REV_LABEL];
  return labels['sidecar.istio.io/inject'] === 'true' ? 'default' : '';
};

export type RevisionUse = {
  /** Namespaces whose labels name it. */
  namespaces: string[];
  /** Pods that name it (or were injected by it) in a namespace that names no revision. */
  pods: number;
};

export type TagRow = {
  name: string;
  use: RevisionUse;
  /** The operator's `InUse` condition on the tag. */
  inUse: boolean;
  /** Reconciled and resolving to this revision (else it targets this Istio but is not working). */
  reconciled: boolean;
};

export type RevisionRow = {
  istio: string;
  revision: string;
  namespace: string;
  /** Tags that resolve to this revision. */
  tags: TagRow[];
  use: RevisionUse;
  /** As the operator's `InUse` condition: a tag resolving to it, a namespace or a pod. */
  inUse: boolean;
  /** The operator's own count (`status.revisions.inUse`), when written. */
  reportedInUse?: number;
  /** Unlabelled namespaces and waypoints go to this revision (it is `default` or the `default` tag's). */
  isDefault: boolean;
  /** The Istio's active revision; else an older revision of it (RevisionBased) still present. */
  active: boolean;
};

const useOf = (
  name: string,
  namespaces: NamespaceKind[],
  podsByNs: Map<string, PodKind[]>,
  injectedToo: boolean,
): RevisionUse => {
  const named = namespaces.filter((n) => namespaceRevisionRef(n) === name).map((n) => getName(n));
  let pods = 0;
  for (const ns of namespaces) {
    const unlabelled = namespaceRevisionRef(ns) === '';
    for (const p of podsByNs.get(getName(ns)) ?? []) {
      if (p.status?.phase === 'Succeeded') continue;
      if (injectedToo && getAnnotation(p, ISTIO_REV_LABEL) === name) pods += 1;
      else if (unlabelled && podRevisionRef(p) === name) pods += 1;
    }
  }
  return { namespaces: named, pods };
};

// sail-operator controllers/istiorevision isRevisionReferenced and controllers/istiorevisiontag
// isRevisionTagReferencedByWorkloads (main): ambient enrollment (`istio.io/dataplane-mode`) is not
// counted as use.
/** Each Istio's active revision, the tags resolving to it, and what uses each, in one pass over the pods. */
export const revisionRows = (
  istios: IstioKind[],
  tags: IstioRevisionTagKind[],
  namespaces: NamespaceKind[],
  pods: PodKind[],
  /** The IstioRevisions, when the cluster serves them: an Istio's older revisions get rows too. */
  revisions: IstioRevisionKind[] = [],
): RevisionRow[] => {
  const podsByNs = new Map<string, PodKind[]>();
  for (const p of pods) {
    const list = podsByNs.get(getNamespace(p));
    if (list) list.push(p);
    else podsByNs.set(getNamespace(p), [p]);
  }
  const defaultTag = tags.find((t) => getName(t) === 'default');
  const defaultTarget = defaultTag ? getTagRevision(defaultTag) : undefined;
  const tagRow =
    (revision: string) =>
    (t: IstioRevisionTagKind): TagRow => ({
      name: getName(t),
      use: useOf(getName(t), namespaces, podsByNs, false),
      inUse: isTagInUse(t),
      reconciled: getTagRevision(t) === revision,
    });
  return istios.flatMap((istio) => {
    const revision = activeRevisionName(istio);
    const target = (t: IstioRevisionTagKind) => getTagTarget(t);
    const tagRows = tags
      .filter(
        (t) =>
          t.status?.istioRevision === revision ||
          (target(t).kind === 'Istio' && target(t).name === getName(istio)) ||
          (target(t).kind === 'IstioRevision' && target(t).name === revision),
      )
      .map(tagRow(revision));
    const use = useOf(revision, namespaces, podsByNs, true);
    const referencedByTag = tags.some((t) => t.status?.istioRevision === revision);
    const activeRow: RevisionRow = {
      istio: getName(istio),
      revision,
      namespace: getIstioNamespace(istio),
      tags: tagRows,
      use,
      inUse: referencedByTag || use.namespaces.length > 0 || use.pods > 0,
      reportedInUse: istio.status?.revisions?.inUse,
      isDefault: revision === 'default' || defaultTarget === revision,
      active: true,
    };
    // sail-operator controllers/istio: the Istio owns every revision it made; the inactive ones
    // stay until nothing uses them and the grace period has passed.
    const uid = istio.metadata?.uid;
    const older = revisions
      .filter(
        (r) =>
          getName(r) !== revision &&
          !!uid &&
          (r.metadata?.ownerReferences ?? []).some((o) => o.uid === uid),
      )
      .sort((a, b) => getName(a).localeCompare(getName(b)))
      .map((r): RevisionRow => {
        const name = getName(r);
        const rUse = useOf(name, namespaces, podsByNs, true);
        const inUseCond = getCondition(r, 'InUse');
        return {
          istio: getName(istio),
          revision: name,
          namespace: r.spec?.namespace ?? getIstioNamespace(istio),
          tags: tags.filter((t) => t.status?.istioRevision === name).map(tagRow(name)),
          use: rUse,
          inUse: inUseCond
            ? inUseCond.status === 'True'
            : rUse.namespaces.length > 0 || rUse.pods > 0,
          isDefault: defaultTarget === name,
          active: false,
        };
      });
    return [activeRow, ...older];
  });
};
