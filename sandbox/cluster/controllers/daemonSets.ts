/**
 * The DaemonSet controller, written from kubernetes/kubernetes pkg/controller/daemon
 * (daemon_controller.go `manage`/`updateDaemonSetStatus`, update.go `rollingUpdate`): one pod per
 * eligible node; on a template change the pods are replaced per `spec.updateStrategy`:
 * `RollingUpdate` with `maxUnavailable` (old pod deleted, then a new one created) or with
 * `maxSurge` (the new pod starts beside the old, the old goes once the new is ready), `OnDelete`
 * (a pod is replaced only after someone deletes it).
 */
import { asDict, type Dict, type KObj } from '../api/types';
import { isPodReady, nodeEligible, templateHash } from './pods';
import { byAge, scaledValue, type WorkloadContext } from './rolling';

export const REVISION_HASH = 'controller-revision-hash';
export const TEMPLATE_GENERATION = 'pod-template-generation';

/** The hash the DaemonSet's current template gives its pods' `controller-revision-hash`. */
export const daemonSetHash = (ds: KObj): string =>
  templateHash(asDict(ds.spec).template).slice(0, 9);

const isUpdated = (pod: KObj, hash: string, generation: number): boolean =>
  pod.metadata.labels?.[REVISION_HASH] === hash ||
  pod.metadata.labels?.[TEMPLATE_GENERATION] === String(generation);

/** `maxSurge`/`maxUnavailable` against the desired count, as upstream's `updatedDesiredNodeCounts`. */
export const daemonSetBudget = (
  spec: Dict,
  desired: number,
): { maxSurge: number; maxUnavailable: number } => {
  const ru = asDict(asDict(spec.updateStrategy).rollingUpdate);
  const maxSurge = scaledValue(ru.maxSurge ?? 0, desired, true);
  let maxUnavailable = scaledValue(ru.maxUnavailable ?? 1, desired, true);
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable };
};

interface NodePods {
  node: string;
  updated: KObj | undefined;
  old: KObj | undefined;
}

/** Nodes (in name order) to what the rolling update decides: pods to delete, nodes to surge onto. */
const rollingPlan = (
  nodes: NodePods[],
  maxSurge: number,
  maxUnavailable: number,
): { remove: KObj[]; surge: string[] } => {
  const remove: KObj[] = [];
  if (maxSurge === 0) {
    let unavailable = 0;
    const candidates: KObj[] = [];
    for (const n of nodes) {
      if (!n.old || n.updated) {
        if (!n.updated || n.old || !isPodReady(n.updated)) unavailable += 1;
      } else if (!isPodReady(n.old)) remove.push(n.old);
      else candidates.push(n.old);
    }
    const room = Math.max(0, Math.min(maxUnavailable - unavailable, candidates.length));
    return { remove: [...remove, ...candidates.slice(0, room)], surge: [] };
  }
  let surging = 0;
  const allowed: string[] = [];
  const candidates: string[] = [];
  for (const n of nodes) {
    if (!n.old) continue;
    if (!n.updated) {
      if (!isPodReady(n.old)) allowed.push(n.node);
      else candidates.push(n.node);
    } else if (!isPodReady(n.updated)) surging += 1;
    else remove.push(n.old);
  }
  const room = Math.max(0, Math.min(maxSurge - surging, candidates.length));
  return { remove, surge: [...allowed, ...candidates.slice(0, room)] };
};

export const reconcileDaemonSet = (ctx: WorkloadContext, ns: string, name: string): void => {
  const { rt } = ctx;
  const { api } = rt;
  const dsType = rt.rt('apps', 'daemonsets');
  const ds = api.find(dsType, ns, name);
  if (!ds || ds.metadata.deletionTimestamp) return;
  const spec = asDict(ds.spec);
  const tmpl = asDict(spec.template);
  const generation = ds.metadata.generation ?? 1;
  const hash = daemonSetHash(ds);
  const eligible = ctx
    .nodes()
    .filter((n) => nodeEligible(n, asDict(tmpl.spec)))
    .map((n) => n.metadata.name as string)
    .sort();
  const eligibleSet = new Set(eligible);
  const byNode = new Map<string, KObj[]>();
  for (const p of ctx.podsOwnedBy(ds)) {
    const node = asDict(p.spec).nodeName as string;
    if (!eligibleSet.has(node)) {
      api.delete(ctx.pods(), ns, p.metadata.name as string);
      continue;
    }
    byNode.set(node, [...(byNode.get(node) ?? []), p]);
  }
  const create = (node: string): void => {
    const labels = { [REVISION_HASH]: hash, [TEMPLATE_GENERATION]: String(generation) };
    const pod = ctx.newPod(ds, tmpl, name, labels, { nodeName: node });
    api.create(ctx.pods(), 'v1', ns, pod);
  };
  const nodes: NodePods[] = [];
  for (const node of eligible) {
    const pods = (byNode.get(node) ?? []).sort(byAge);
    const updated = pods.filter((p) => isUpdated(p, hash, generation));
    const old = pods.filter((p) => !isUpdated(p, hash, generation));
    // At most one pod of each kind per node: the manage loop removes the extra ones.
    for (const extra of [...updated.slice(1), ...old.slice(1)])
      api.delete(ctx.pods(), ns, extra.metadata.name as string);
    if (pods.length === 0) create(node);
    else nodes.push({ node, updated: updated[0], old: old[0] });
  }
  const strategy = asDict(spec.updateStrategy);
  if ((strategy.type ?? 'RollingUpdate') === 'RollingUpdate') {
    const { maxSurge, maxUnavailable } = daemonSetBudget(spec, eligible.length);
    const plan = rollingPlan(nodes, maxSurge, maxUnavailable);
    for (const p of plan.remove) {
      api.delete(ctx.pods(), ns, p.metadata.name as string);
      const node = asDict(p.spec).nodeName as string;
      // The old pod is gone: the manage loop creates the node's new pod.
      if (maxSurge === 0) create(node);
    }
    for (const node of plan.surge) create(node);
  }
  writeStatus(ctx, ds, eligible, hash, generation);
};

const writeStatus = (
  ctx: WorkloadContext,
  ds: KObj,
  eligible: string[],
  hash: string,
  generation: number,
): void => {
  const { api } = ctx.rt;
  const byNode = new Map<string, KObj[]>();
  for (const p of ctx.podsOwnedBy(ds)) {
    const node = asDict(p.spec).nodeName as string;
    byNode.set(node, [...(byNode.get(node) ?? []), p]);
  }
  let current = 0;
  let ready = 0;
  let updated = 0;
  for (const node of eligible) {
    // The node's oldest pod speaks for it (an old pod beside its surging replacement).
    const pods = (byNode.get(node) ?? []).sort(
      (a, b) =>
        Number(isUpdated(a, hash, generation)) - Number(isUpdated(b, hash, generation)) ||
        byAge(a, b),
    );
    if (pods.length === 0) continue;
    current += 1;
    if (isPodReady(pods[0])) ready += 1;
    if (isUpdated(pods[0], hash, generation)) updated += 1;
  }
  api.mutate(
    ctx.rt.rt('apps', 'daemonsets'),
    ds.metadata.namespace as string,
    ds.metadata.name as string,
    (o) => {
      const st: Dict = {
        currentNumberScheduled: current,
        desiredNumberScheduled: eligible.length,
        numberMisscheduled: 0,
        numberReady: ready,
        numberAvailable: ready,
        updatedNumberScheduled: updated,
        observedGeneration: o.metadata.generation,
      };
      if (eligible.length - ready > 0) st.numberUnavailable = eligible.length - ready;
      o.status = st;
    },
    'status',
  );
};
