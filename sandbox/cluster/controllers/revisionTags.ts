/**
 * Revision references and IstioRevisionTags, as the Sail operator computes them
 * (istio-ecosystem/sail-operator pkg/revision/references.go; controllers/istiorevision
 * `isRevisionReferenced`; controllers/istiorevisiontag `determineStatus`), and which revision
 * a tag stands for when istiod picks the objects it serves (istio/istio pkg/revisions/tag_watcher.go:
 * an istiod serves its own revision, the tags pointing at it, and unlabelled objects when it is
 * the default revision or the `default` tag points at it).
 */
import { asDict, type Condition, type KObj } from '../api/types';
import { isTrue } from './conditions';
import { DEFAULT_REVISION, revisionFromSpec } from './revision';

/** `istio-injection=enabled` names the default revision and wins over `istio.io/rev`. */
export const revisionFromNamespace = (labels: Record<string, string> = {}): string => {
  if (labels['istio-injection'] === 'enabled') return DEFAULT_REVISION;
  return labels['istio.io/rev'] ?? '';
};

/** A pod's injection intent: its `istio.io/rev`, or `default` for `sidecar.istio.io/inject=true`. */
export const revisionFromPod = (labels: Record<string, string> = {}): string => {
  if (labels['sidecar.istio.io/inject'] === 'false') return '';
  if (labels['istio.io/rev']) return labels['istio.io/rev'];
  return labels['sidecar.istio.io/inject'] === 'true' ? DEFAULT_REVISION : '';
};

/** The revision that injected a pod (its `istio.io/rev` annotation). */
export const injectedRevision = (annotations: Record<string, string> = {}): string =>
  annotations['istio.io/rev'] ?? '';

export const activeRevisionOf = (istio: KObj): string =>
  String(asDict(istio.status).activeRevisionName ?? '') || revisionFromSpec(istio);

type Usage = { namespaces: KObj[]; pods: KObj[] };

const nsLabels = (namespaces: KObj[]): Map<string, Record<string, string>> =>
  new Map(namespaces.map((n) => [n.metadata.name as string, n.metadata.labels ?? {}]));

/** A revision is in use when a tag resolves to it, or a namespace or pod references it. */
export const revisionReferenced = (rev: string, tags: KObj[], usage: Usage): boolean => {
  if (tags.some((t) => asDict(t.status).istioRevision === rev)) return true;
  if (usage.namespaces.some((n) => revisionFromNamespace(n.metadata.labels) === rev)) return true;
  const labels = nsLabels(usage.namespaces);
  return usage.pods.some((p) => {
    if (asDict(p.status).phase === 'Succeeded') return false;
    const ns = labels.get(p.metadata.namespace ?? '');
    if (!ns) return false;
    if (injectedRevision(p.metadata.annotations) === rev) return true;
    return revisionFromNamespace(ns) === '' && revisionFromPod(p.metadata.labels) === rev;
  });
};

/** A tag is in use when a namespace, or a pod of a namespace without a revision, names it. */
export const tagReferenced = (tag: string, usage: Usage): boolean => {
  if (usage.namespaces.some((n) => revisionFromNamespace(n.metadata.labels) === tag)) return true;
  const labels = nsLabels(usage.namespaces);
  return usage.pods.some((p) => {
    const ns = labels.get(p.metadata.namespace ?? '');
    return !!ns && revisionFromNamespace(ns) === '' && revisionFromPod(p.metadata.labels) === tag;
  });
};

/** InUse of a revision or a tag (determineInUseCondition). */
export const inUseCondition = (used: boolean): Condition =>
  used
    ? {
        type: 'InUse',
        status: 'True',
        reason: 'ReferencedByWorkloads',
        message: 'Referenced by at least one pod or namespace',
      }
    : {
        type: 'InUse',
        status: 'False',
        reason: 'NotReferencedByAnything',
        message: 'Not referenced by any pod or namespace',
      };

export type TagStatus = {
  conditions: Condition[];
  state: string;
  istioRevision: string;
  istiodNamespace: string;
};

/** The status the operator writes on a tag: Reconciled, InUse, the revision it resolves to. */
export const tagStatus = (
  tag: KObj,
  istios: KObj[],
  revisions: KObj[],
  usage: Usage,
  previous: { istioRevision?: string; istiodNamespace?: string } = {},
): TagStatus => {
  const ref = asDict(asDict(tag.spec).targetRef);
  const name = tag.metadata.name as string;
  let reconciled: Condition = { type: 'Reconciled', status: 'True' };
  let resolved: { revision: string; namespace: string } | undefined;
  const fail = (reason: string, message: string): Condition => ({
    type: 'Reconciled',
    status: 'False',
    reason,
    message,
  });
  if (!ref.kind || !ref.name)
    reconciled = fail('ReconcileError', 'error reconciling resource: spec.targetRef not set');
  else if (revisions.some((r) => r.metadata.name === name))
    reconciled = fail('NameAlreadyExists', 'there is an IstioRevision with this name');
  else if (ref.kind === 'Istio') {
    const istio = istios.find((i) => i.metadata.name === ref.name);
    if (!istio) reconciled = fail('RefNotFound', 'referenced Istio resource does not exist');
    else
      resolved = {
        revision: activeRevisionOf(istio),
        namespace: String(asDict(istio.spec).namespace),
      };
  } else if (ref.kind === 'IstioRevision') {
    const rev = revisions.find((r) => r.metadata.name === ref.name);
    if (!rev) reconciled = fail('RefNotFound', 'referenced IstioRevision resource does not exist');
    else resolved = { revision: String(ref.name), namespace: String(asDict(rev.spec).namespace) };
  } else reconciled = fail('ReconcileError', 'error reconciling resource: unknown targetRef.kind');
  const used = tagReferenced(name, usage);
  const inUse = inUseCondition(used);
  const ok = reconciled.status === 'True' ? resolved : undefined;
  return {
    conditions: [reconciled, inUse],
    state:
      reconciled.status !== 'True'
        ? String(reconciled.reason)
        : used
          ? 'Healthy'
          : String(inUse.reason),
    istioRevision: ok ? ok.revision : (previous.istioRevision ?? ''),
    istiodNamespace: ok ? ok.namespace : (previous.istiodNamespace ?? ''),
  };
};

/**
 * The Ready IstioRevision whose istiod takes an object labelled `rev` (empty: unlabelled): its
 * own revision, or a reconciled tag that resolves to it; unlabelled objects go to `default`.
 */
export const istioServing = (rev: string, revisions: KObj[], tags: KObj[]): KObj | undefined => {
  const wanted = rev || DEFAULT_REVISION;
  const tag = tags.find((t) => t.metadata.name === wanted && isTrue(t, 'Reconciled'));
  const target = tag ? String(asDict(tag.status).istioRevision ?? '') : wanted;
  return revisions.find(
    (r) => !r.metadata.deletionTimestamp && isTrue(r, 'Ready') && r.metadata.name === target,
  );
};
