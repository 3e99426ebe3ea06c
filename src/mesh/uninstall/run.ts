import { matchesSelector } from '../../k8s/common/labelSelector';
import { getLabels, getName, getNamespace } from '../../k8s/common/selectors';
import { refKey } from './plan';
import type { AnyObject, Ref, Step, UninstallInput } from './types';

/** How long one step may wait for its objects to go before the run stops with the reason. */
export const STEP_TIMEOUT_MS = 3 * 60 * 1000;

const objectsOf = (input: UninstallInput, kind: Ref['kind']): AnyObject[] =>
  ({
    Namespace: input.namespaces,
    Pod: input.pods,
    Service: input.services,
    Gateway: input.gateways,
    IstioRevisionTag: input.revisionTags,
    ZTunnel: input.ztunnels,
    IstioCNI: input.istioCNIs,
    Istio: input.istios,
  })[kind];

/** The live object a ref names (same name, namespace and, when known, uid). */
export const findLive = (input: UninstallInput, ref: Ref): AnyObject | undefined =>
  objectsOf(input, ref.kind).find(
    (o) =>
      getName(o) === ref.name &&
      getNamespace(o) === (ref.namespace ?? '') &&
      (!ref.uid || o.metadata?.uid === ref.uid),
  );

/**
 * What a delete step still waits for, from the watches: the object itself, the pods that go with
 * it, and for an Istio its IstioRevisions. Empty when all are gone.
 */
export const remainingFor = (step: Step, input: UninstallInput): string[] => {
  if (step.action !== 'delete') return [];
  const out: string[] = [];
  if (findLive(input, step.ref)) out.push(refKey(step.ref));
  if (step.waitPods) {
    const { namespace, labels } = step.waitPods;
    const pods = [...input.pods, ...input.systemObjects.filter((o) => o.kind === 'Pod')].filter(
      (p) =>
        getNamespace(p) === namespace && matchesSelector(getLabels(p), { matchLabels: labels }),
    );
    out.push(...[...new Set(pods.map((p) => `Pod/${namespace}/${getName(p)}`))]);
  }
  if (step.ref.kind === 'Istio' && step.ref.uid) {
    const uid = step.ref.uid;
    out.push(
      ...input.revisions
        .filter((r) => (r.metadata?.ownerReferences ?? []).some((o) => o.uid === uid))
        .map((r) => `IstioRevision/${getName(r)}`),
    );
  }
  return out;
};
