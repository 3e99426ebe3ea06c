/**
 * What the Sail operator's reconcilers share: the supported versions, validation of the target
 * namespace, create-or-update of rendered objects, Warning events and status writes with the
 * operator's condition bookkeeping (sail-operator pkg/reconciler).
 */
import type { ResourceType } from '../api/registry';
import { asDict, isDict, type Condition, type Dict, type KObj } from '../api/types';
import { conditionsOf, mergeConditions, stateOf } from './conditions';
import type { Runtime } from './runtime';

export const SAIL = 'sailoperator.io';
/** The finalizer the operator's IstioCNI, ZTunnel and IstioRevision reconcilers add. */
export const SAIL_FINALIZER = 'sailoperator.io/sail-operator';

/** Versions the operator reconciles: the "Must be one of" list in the served CRD's description. */
export const supportedFromCrd = (
  rt: ResourceType | undefined,
  version: string,
): string[] | undefined => {
  const v = rt?.versions.find((x) => x.name === version) ?? rt?.versions[0];
  const desc = asDict(asDict(asDict(asDict(v?.schema).properties).spec).properties).version as
    | Dict
    | undefined;
  const m = /Must be one of: ([^\n]*)/.exec(String(desc?.description ?? ''));
  return m?.[1]
    .replace(/\.\s*$/, '')
    .split(',')
    .map((x) => x.trim());
};

/** Whether `have` already carries every field of `want` (server defaults may add more). */
const contains = (have: unknown, want: unknown): boolean => {
  if (isDict(want))
    return (
      isDict(have) &&
      Object.entries(want).every(([k, v]) => v === undefined || contains(have[k], v))
    );
  if (Array.isArray(want))
    return (
      Array.isArray(have) &&
      have.length === want.length &&
      want.every((v, i) => contains(have[i], v))
    );
  return JSON.stringify(have) === JSON.stringify(want);
};

const crVersion = (o: KObj): string => (o.apiVersion ?? '').split('/')[1] ?? 'v1';

export const reconciledCondition = (err?: string): Condition =>
  err
    ? {
        type: 'Reconciled',
        status: 'False',
        reason: 'ReconcileError',
        message: `error reconciling resource: ${err}`,
      }
    : { type: 'Reconciled', status: 'True' };

export type SailHelpers = ReturnType<typeof sailHelpers>;

export const sailHelpers = (rt: Runtime) => {
  const { api } = rt;

  /** The version against the served CRD, the target namespace present and not terminating. */
  const validate = (type: ResourceType, cr: KObj): string | undefined => {
    const spec = asDict(cr.spec);
    const supported = supportedFromCrd(type, crVersion(cr));
    if (supported && !supported.includes(String(spec.version)))
      return `spec.version "${String(spec.version)}" is not supported`;
    return validateNamespace(String(spec.namespace ?? ''));
  };

  const validateNamespace = (target: string): string | undefined => {
    const n = api.find(rt.rt('', 'namespaces'), '', target);
    if (!n) return `namespace "${target}" doesn't exist`;
    if (n.metadata.deletionTimestamp) return `namespace "${target}" is being deleted`;
    return undefined;
  };

  /** Creates the object, or brings its spec, labels and owners to what was rendered. */
  const upsert = (group: string, plural: string, obj: KObj): void => {
    const type = rt.rt(group, plural);
    const ns = obj.metadata.namespace ?? '';
    const cur = api.find(type, ns, obj.metadata.name as string);
    if (!cur) api.create(type, 'v1', ns, obj);
    else if (
      !contains(cur.spec, obj.spec) ||
      !contains(cur.metadata.labels, obj.metadata.labels) ||
      JSON.stringify(cur.metadata.ownerReferences) !== JSON.stringify(obj.metadata.ownerReferences)
    ) {
      api.mutate(type, ns, obj.metadata.name as string, (o) => {
        o.spec = { ...o.spec, ...obj.spec };
        o.metadata.labels = { ...o.metadata.labels, ...obj.metadata.labels };
        if (obj.metadata.ownerReferences) o.metadata.ownerReferences = obj.metadata.ownerReferences;
      });
    }
  };

  const event = (cr: KObj, reason: string, message: string): void => {
    const evType = rt.rt('', 'events');
    const name = `${cr.metadata.name}.${cr.metadata.uid?.slice(0, 8)}${reason.toLowerCase()}`;
    if (api.find(evType, 'default', name)) return;
    const now = new Date().toISOString();
    api.create(evType, 'v1', 'default', {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace: 'default' },
      involvedObject: {
        apiVersion: cr.apiVersion,
        kind: cr.kind,
        name: cr.metadata.name,
        uid: cr.metadata.uid,
        resourceVersion: cr.metadata.resourceVersion,
      },
      reason,
      message,
      type: 'Warning',
      source: { component: 'sail-operator' },
      reportingComponent: 'sail-operator',
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
    } as unknown as KObj);
  };

  /**
   * Writes conditions (lastTransitionTime kept while a status holds), observedGeneration and
   * `state`: the reason of the first condition not True, InUse aside (pkg/reconciler DeriveState).
   */
  const writeStatus = (
    type: ResourceType,
    cr: KObj,
    conds: Condition[],
    extra: Dict = {},
  ): void => {
    api.mutate(
      type,
      '',
      cr.metadata.name as string,
      (o) => {
        const merged = mergeConditions(conditionsOf(o), conds);
        o.status = {
          ...extra,
          conditions: merged,
          observedGeneration: o.metadata.generation,
          state: stateOf(merged.filter((c) => c.type !== 'InUse')),
        };
      },
      'status',
    );
  };

  /** The standard reconciler: the finalizer first (the reconcile goes on in the same pass). */
  const ensureFinalizer = (type: ResourceType, cr: KObj, finalizer: string): void => {
    if ((cr.metadata.finalizers ?? []).includes(finalizer)) return;
    api.mutate(type, '', cr.metadata.name as string, (o) => {
      o.metadata.finalizers = [...(o.metadata.finalizers ?? []), finalizer];
    });
  };

  const removeFinalizer = (type: ResourceType, cr: KObj, finalizer: string): void => {
    api.mutate(type, '', cr.metadata.name as string, (o) => {
      o.metadata.finalizers = (o.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    });
  };

  /** Deletes what `owner` rendered (a Helm uninstall), each object only if `owner` controls it. */
  const uninstall = (owner: KObj, objects: [string, string, string, string][]): void => {
    for (const [group, plural, ns, name] of objects) {
      const t = rt.maybeRt(group, plural);
      const obj = t && api.find(t, ns, name);
      if (
        !t ||
        !obj ||
        obj.metadata.ownerReferences?.find((r) => r.controller)?.uid !== owner.metadata.uid
      )
        continue;
      try {
        api.delete(t, ns, name);
      } catch {
        /* already gone */
      }
    }
  };

  return {
    validate,
    validateNamespace,
    upsert,
    event,
    writeStatus,
    ensureFinalizer,
    removeFinalizer,
    uninstall,
  };
};
