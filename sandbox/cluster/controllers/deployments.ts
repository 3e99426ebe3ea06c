/**
 * The Deployment controller, written from kubernetes/kubernetes pkg/controller/deployment
 * (sync.go `getNewReplicaSet`/`calculateStatus`, rolling.go, recreate.go, progress.go and
 * util/deployment_util.go): the template's ReplicaSet `<name>-<hash>` is created on a template
 * change (e.g. `kubectl rollout restart`), replicas move from the old ReplicaSets to it per
 * `RollingUpdate` (`maxSurge` rounded up, `maxUnavailable` rounded down, defaults 25%/25%) or
 * `Recreate`; status and the `Available` and `Progressing` conditions as upstream writes them.
 */
import { asDict, clone, nowISO, type Dict, type KObj } from '../api/types';
import { templateHash } from './pods';
import { scaledValue, byAge } from './rolling';
import { controllerOf, ownerRef, type Runtime } from './runtime';

const num = (v: unknown): number => Number(v ?? 0);
const specReplicas = (rs: KObj): number => num(asDict(rs.spec).replicas);
const statusOf = (rs: KObj | undefined): Dict => asDict(rs?.status);
const sum = (list: KObj[], f: (rs: KObj) => number): number => list.reduce((n, r) => n + f(r), 0);

/** `maxSurge`/`maxUnavailable` of a Deployment as upstream's `ResolveFenceposts`. */
export const deploymentBudget = (spec: Dict): { maxSurge: number; maxUnavailable: number } => {
  const replicas = num(spec.replicas ?? 1);
  const strategy = asDict(spec.strategy);
  if (strategy.type === 'Recreate') return { maxSurge: 0, maxUnavailable: 0 };
  const ru = asDict(strategy.rollingUpdate);
  const maxSurge = scaledValue(ru.maxSurge ?? '25%', replicas, true);
  let maxUnavailable = scaledValue(ru.maxUnavailable ?? '25%', replicas, false);
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable: Math.min(maxUnavailable, replicas) };
};

const newReplicaSet = (d: KObj, hash: string, revision: number, replicas: number): KObj => {
  const spec = asDict(d.spec);
  const tmpl = clone(asDict(spec.template));
  const tmeta = asDict(tmpl.metadata);
  tmeta.labels = { ...(tmeta.labels as Record<string, string>), 'pod-template-hash': hash };
  tmpl.metadata = tmeta;
  const sel = clone(asDict(spec.selector));
  sel.matchLabels = { ...(sel.matchLabels as Record<string, string>), 'pod-template-hash': hash };
  const { maxSurge } = deploymentBudget(spec);
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      labels: { ...(tmeta.labels as Record<string, string>) },
      annotations: {
        'deployment.kubernetes.io/revision': String(revision),
        'deployment.kubernetes.io/desired-replicas': String(num(spec.replicas ?? 1)),
        'deployment.kubernetes.io/max-replicas': String(num(spec.replicas ?? 1) + maxSurge),
      },
      ownerReferences: [ownerRef(d)],
    },
    spec: { replicas, selector: sel, template: tmpl },
  };
};

/** The replica counts the rollout sets next (rolling.go `reconcileNewReplicaSet`/`reconcileOldReplicaSets`). */
export const rollingTargets = (
  replicas: number,
  budget: { maxSurge: number; maxUnavailable: number },
  newRs: { replicas: number; available: number },
  old: { name: string; replicas: number; available: number }[],
): { newReplicas: number; old: Map<string, number> } => {
  const all = (): number => newRs.replicas + old.reduce((n, r) => n + r.replicas, 0);
  let newReplicas = newRs.replicas;
  if (newReplicas > replicas) newReplicas = replicas;
  else if (newReplicas < replicas) {
    const room = replicas + budget.maxSurge - all();
    if (room > 0) newReplicas += Math.min(room, replicas - newReplicas);
  }
  const targets = new Map(old.map((r) => [r.name, r.replicas]));
  const minAvailable = replicas - budget.maxUnavailable;
  const newUnavailable = newReplicas - newRs.available;
  let scaleDown = newReplicas + old.reduce((n, r) => n + r.replicas, 0);
  scaleDown = scaleDown - minAvailable - newUnavailable;
  if (scaleDown <= 0) return { newReplicas, old: targets };
  // First the old ReplicaSets' unhealthy replicas, then available ones down to minAvailable.
  for (const r of old) {
    const cut = Math.min(scaleDown, r.replicas - r.available);
    if (cut <= 0) continue;
    targets.set(r.name, r.replicas - cut);
    scaleDown -= cut;
  }
  let available =
    newRs.available + old.reduce((n, r) => n + Math.min(r.available, targets.get(r.name) ?? 0), 0);
  for (const r of old) {
    if (available <= minAvailable) break;
    const cur = targets.get(r.name) ?? 0;
    const cut = Math.min(cur, available - minAvailable);
    targets.set(r.name, cur - cut);
    available -= cut;
  }
  return { newReplicas, old: targets };
};

export const reconcileDeployment = (rt: Runtime, ns: string, name: string): void => {
  const { api } = rt;
  const dType = rt.rt('apps', 'deployments');
  const rsType = rt.rt('apps', 'replicasets');
  const d = api.find(dType, ns, name);
  if (!d || d.metadata.deletionTimestamp) return;
  const spec = asDict(d.spec);
  const hash = templateHash(spec.template);
  const rsName = `${name}-${hash}`;
  const replicas = num(spec.replicas ?? 1);
  const owned = (): KObj[] =>
    api.store
      .list('apps/replicasets', ns)
      .map((e) => e.obj)
      .filter((r) => controllerOf(r)?.uid === d.metadata.uid && !r.metadata.deletionTimestamp);
  const revisions = owned().map((r) =>
    num(r.metadata.annotations?.['deployment.kubernetes.io/revision']),
  );
  const nextRevision = Math.max(0, ...revisions) + 1;
  const setReplicas = (rsName2: string, n: number): void => {
    api.mutate(rsType, ns, rsName2, (o) => {
      (o.spec as Dict).replicas = n;
      o.metadata.annotations = {
        ...o.metadata.annotations,
        'deployment.kubernetes.io/desired-replicas': String(replicas),
      };
    });
  };
  let created = false;
  let current = api.find(rsType, ns, rsName);
  const old = owned()
    .filter((r) => r.metadata.name !== rsName)
    .sort(byAge);
  if (current) {
    // The template went back to an older ReplicaSet's: that one becomes the newest revision.
    const rev = num(current.metadata.annotations?.['deployment.kubernetes.io/revision']);
    if (rev < Math.max(0, ...revisions))
      api.mutate(rsType, ns, rsName, (o) => {
        o.metadata.annotations = {
          ...o.metadata.annotations,
          'deployment.kubernetes.io/revision': String(nextRevision),
        };
      });
  }
  if (asDict(spec.strategy).type === 'Recreate') {
    // recreate.go: scale the old ReplicaSets to zero, wait for their pods to go, then scale up.
    for (const r of old) if (specReplicas(r) !== 0) setReplicas(r.metadata.name as string, 0);
    const oldPods = sum(old, (r) => num(statusOf(r).replicas));
    if (oldPods === 0) {
      if (!current) {
        current = api.create(rsType, 'v1', ns, newReplicaSet(d, hash, nextRevision, replicas));
        created = true;
      } else if (specReplicas(current) !== replicas) setReplicas(rsName, replicas);
    }
  } else {
    const t = rollingTargets(
      replicas,
      deploymentBudget(spec),
      {
        replicas: current ? specReplicas(current) : 0,
        available: num(statusOf(current).availableReplicas),
      },
      old.map((r) => ({
        name: r.metadata.name as string,
        replicas: specReplicas(r),
        available: num(statusOf(r).availableReplicas),
      })),
    );
    if (!current) {
      current = api.create(rsType, 'v1', ns, newReplicaSet(d, hash, nextRevision, t.newReplicas));
      created = true;
    } else if (t.newReplicas !== specReplicas(current)) setReplicas(rsName, t.newReplicas);
    for (const r of old) {
      const want = t.old.get(r.metadata.name as string) ?? 0;
      if (want !== specReplicas(r)) setReplicas(r.metadata.name as string, want);
    }
  }
  writeStatus(rt, d, rsName, owned(), created);
};

const writeStatus = (rt: Runtime, d: KObj, rsName: string, all: KObj[], created: boolean): void => {
  const spec = asDict(d.spec);
  const replicas = num(spec.replicas ?? 1);
  const newRs = all.find((r) => r.metadata.name === rsName);
  const available = sum(all, (r) => num(statusOf(r).availableReplicas));
  const total = sum(all, specReplicas);
  const status: Dict = {
    observedGeneration: d.metadata.generation,
    replicas: sum(all, (r) => num(statusOf(r).replicas)),
    updatedReplicas: num(statusOf(newRs).replicas),
    readyReplicas: sum(all, (r) => num(statusOf(r).readyReplicas)),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, total - available),
  };
  const complete =
    status.updatedReplicas === replicas && status.replicas === replicas && available === replicas;
  const prev = asDict(d.status);
  const progressed =
    num(status.updatedReplicas) > num(prev.updatedReplicas) ||
    num(status.readyReplicas) > num(prev.readyReplicas) ||
    available > num(prev.availableReplicas) ||
    num(status.replicas) < num(prev.replicas);
  const minAvailable = replicas - deploymentBudget(spec).maxUnavailable;
  const now = nowISO();
  const prevConds = (prev.conditions as Dict[] | undefined) ?? [];
  const cond = (type: string, ok: boolean, reason: string, message: string): Dict => {
    const p = prevConds.find((c) => c.type === type);
    const s = ok ? 'True' : 'False';
    const same = p?.status === s;
    return {
      type,
      status: s,
      lastUpdateTime: same && p?.reason === reason ? p.lastUpdateTime : now,
      lastTransitionTime: same ? p?.lastTransitionTime : now,
      reason,
      message,
    };
  };
  const avail = available >= minAvailable;
  const progressing = prevConds.find((c) => c.type === 'Progressing');
  let progressCond: Dict | undefined = progressing;
  if (complete)
    progressCond = cond(
      'Progressing',
      true,
      'NewReplicaSetAvailable',
      `ReplicaSet "${rsName}" has successfully progressed.`,
    );
  else if (created)
    progressCond = cond(
      'Progressing',
      true,
      'NewReplicaSetCreated',
      `Created new replica set "${rsName}"`,
    );
  else if (progressed || !progressing || progressing.reason === 'NewReplicaSetAvailable')
    progressCond = cond(
      'Progressing',
      true,
      'ReplicaSetUpdated',
      `ReplicaSet "${rsName}" is progressing.`,
    );
  status.conditions = [
    cond(
      'Available',
      avail,
      avail ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
      avail
        ? 'Deployment has minimum availability.'
        : 'Deployment does not have minimum availability.',
    ),
    ...(progressCond ? [progressCond] : []),
  ];
  // Zero counts are left out, as the API's omitempty does.
  for (const k of [
    'replicas',
    'updatedReplicas',
    'readyReplicas',
    'availableReplicas',
    'unavailableReplicas',
  ])
    if (status[k] === 0) delete status[k];
  rt.api.mutate(
    rt.rt('apps', 'deployments'),
    d.metadata.namespace as string,
    d.metadata.name as string,
    (o) => {
      o.status = { ...status, observedGeneration: o.metadata.generation };
    },
    'status',
  );
};
