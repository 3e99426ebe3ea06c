/**
 * The operator's Istio reconciler (sail-operator controllers/istio/istio_controller.go,
 * pkg/revision): the active IstioRevision (`<name>` InPlace, `<name>-<version dashed>`
 * RevisionBased) is created or updated with the resolved version and values, owned by the Istio;
 * revisions that are neither active nor in use are deleted once their InUse condition has been
 * False for `spec.updateStrategy.inactiveRevisionDeletionGracePeriodSeconds` (default 30); the
 * status copies the active revision's Reconciled, Ready, DependenciesHealthy and state, sets
 * `activeRevisionName` and counts the owned revisions.
 */
import { asDict, type Condition, type KObj } from '../api/types';
import { conditionsOf } from './conditions';
import { resolveVersion, revisionFromSpec, revisionSpec } from './revision';
import { ownerRef, type Runtime } from './runtime';
import { reconciledCondition, SAIL, supportedFromCrd, type SailHelpers } from './sailCommon';

const DEFAULT_GRACE_SECONDS = 30;

const condition = (o: KObj | undefined, type: string): Condition | undefined =>
  conditionsOf(o).find((c) => c.type === type);

/** getPruningGracePeriod, in milliseconds. */
export const pruningGraceMs = (istio: KObj): number => {
  const s = asDict(asDict(istio.spec).updateStrategy).inactiveRevisionDeletionGracePeriodSeconds;
  return Math.max(0, typeof s === 'number' ? s : DEFAULT_GRACE_SECONDS) * 1000;
};

/**
 * PruneInactive: the revisions to delete now, and when the next one expires (ms from `now`),
 * if any. The InUse condition's lastTransitionTime (seconds, as upstream) starts the grace period.
 */
export const pruneInactive = (
  owned: KObj[],
  active: string,
  graceMs: number,
  now: number,
): { expired: KObj[]; nextInMs?: number } => {
  const expired: KObj[] = [];
  let next: number | undefined;
  for (const rev of owned) {
    if (rev.metadata.name === active || rev.metadata.deletionTimestamp) continue;
    const inUse = condition(rev, 'InUse');
    if (!inUse || inUse.status !== 'False') continue;
    const since = Math.floor(Date.parse(String(inUse.lastTransitionTime ?? '')) / 1000) * 1000;
    const at = (Number.isNaN(since) ? now : since) + graceMs;
    if (at <= now) expired.push(rev);
    else next = Math.min(next ?? Infinity, at - now);
  }
  return { expired, nextInMs: next };
};

export const startIstio = (
  rt: Runtime,
  h: SailHelpers,
  reconcileRevision: (name: string) => void,
): { reconcileIstio: (name: string) => void } => {
  const { api } = rt;
  const timers = new Map<string, NodeJS.Timeout>();

  const owned = (istio: KObj): KObj[] =>
    api.store
      .list(`${SAIL}/istiorevisions`)
      .map((e) => e.obj)
      .filter((r) => r.metadata.ownerReferences?.some((o) => o.uid === istio.metadata.uid));

  /** Requeue after the next revision's grace period (RequeueAfter). */
  const requeue = (name: string, ms: number): void => {
    clearTimeout(timers.get(name));
    const t = setTimeout(() => {
      timers.delete(name);
      rt.enqueue(`istios/${name}`, () => reconcileIstio(name));
    }, ms + 5);
    t.unref?.();
    timers.set(name, t);
  };

  const reconcileIstio = (name: string): void => {
    const type = rt.rt(SAIL, 'istios');
    const revType = rt.maybeRt(SAIL, 'istiorevisions');
    const cr = api.find(type, '', name);
    if (!cr || cr.metadata.deletionTimestamp || !revType) return;
    const spec = asDict(cr.spec);
    const supported = supportedFromCrd(type, (cr.apiVersion ?? '').split('/')[1] ?? 'v1');
    const err =
      supported && !supported.includes(String(spec.version))
        ? `spec.version "${String(spec.version)}" is not supported`
        : undefined;
    const active = revisionFromSpec(cr);
    if (!err) {
      const want = revisionSpec(cr, active, resolveVersion(String(spec.version), supported));
      const cur = api.find(revType, '', active);
      if (!cur)
        api.create(revType, 'v1', '', {
          apiVersion: `${SAIL}/v1`,
          kind: 'IstioRevision',
          metadata: { name: active, ownerReferences: [ownerRef(cr)] },
          spec: want,
        });
      else if (JSON.stringify(cur.spec) !== JSON.stringify(want))
        api.mutate(revType, '', active, (o) => {
          o.spec = { ...want, namespace: asDict(o.spec).namespace };
        });
      // The revision reconciler takes the change before the status is read (in the operator it
      // runs at once on the update; here in the same pass, so no stale Ready is copied).
      if (!cur || JSON.stringify(cur.spec) !== JSON.stringify(want)) reconcileRevision(active);
      const { expired, nextInMs } = pruneInactive(
        owned(cr),
        active,
        pruningGraceMs(cr),
        Date.now(),
      );
      for (const rev of expired) api.delete(revType, '', rev.metadata.name as string);
      if (nextInMs !== undefined) requeue(name, nextInMs);
    } else h.event(cr, 'ReconcileError', `error reconciling resource: ${err}`);

    const rev = api.find(revType, '', active);
    let conds: Condition[];
    if (err)
      conds = [
        reconciledCondition(err),
        {
          type: 'Ready',
          status: 'Unknown',
          reason: 'ReconcileError',
          message: 'cannot determine readiness due to reconciliation error',
        },
      ];
    else if (!rev) {
      const missing = (type: string): Condition => ({
        type,
        status: 'False',
        reason: 'RevisionNotFound',
        message: 'active IstioRevision not found',
      });
      conds = [missing('Reconciled'), missing('Ready')];
    } else
      conds = ['Reconciled', 'Ready', 'DependenciesHealthy'].map(
        (t) => condition(rev, t) ?? { type: t, status: 'Unknown' },
      );
    const revs = owned(cr);
    const count = (t: string) => revs.filter((r) => condition(r, t)?.status === 'True').length;
    h.writeStatus(type, cr, conds, {
      activeRevisionName: err ? asDict(cr.status).activeRevisionName : active,
      revisions: { total: revs.length, ready: count('Ready'), inUse: count('InUse') },
    });
  };

  return { reconcileIstio };
};
