/** Deployments -> ReplicaSets -> Pods, DaemonSets -> one Pod per eligible node, pods scheduled and Running. */
import { randomSuffix } from '../api/core';
import { asDict, clone, nowISO, type Dict, type KObj } from '../api/types';
import { reconcileDaemonSet as reconcileDaemonSetIn } from './daemonSets';
import { reconcileDeployment as reconcileDeploymentIn } from './deployments';
import { reconcileStatefulSet as reconcileStatefulSetIn } from './statefulSets';
import {
  containerCreatingStatus,
  isPodReady,
  nodeEligible,
  podIP,
  podReady,
  runningStatus,
  templateHash,
  type WorkloadState,
} from './pods';
import { byAge, type WorkloadContext } from './rolling';
import { controllerOf, keyOf, ownerRef, type Runtime } from './runtime';

export { setZtunnelReady, templateHash, type WorkloadState } from './pods';

export const startWorkloads = (rt: Runtime, state: WorkloadState): void => {
  const { api } = rt;
  const pods = () => rt.rt('', 'pods');
  const nodes = () => api.store.list('/nodes').map((e) => e.obj);

  const podsOwnedBy = (owner: KObj): KObj[] =>
    api.store
      .list('/pods', owner.metadata.namespace)
      .map((e) => e.obj)
      .filter((p) => controllerOf(p)?.uid === owner.metadata.uid && !p.metadata.deletionTimestamp);

  const newPod: WorkloadContext['newPod'] = (
    owner,
    template,
    namePrefix,
    extraLabels,
    opts = {},
  ) => {
    const meta = asDict(template.metadata);
    const spec = clone(asDict(template.spec));
    if (opts.nodeName) spec.nodeName = opts.nodeName;
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: opts.name ?? `${namePrefix}-${randomSuffix()}`,
        ...(opts.name ? {} : { generateName: `${namePrefix}-` }),
        namespace: owner.metadata.namespace,
        labels: { ...(meta.labels as Record<string, string>), ...extraLabels },
        annotations: {
          ...(meta.annotations as Record<string, string>),
          'openshift.io/scc': 'restricted-v2',
        },
        ownerReferences: [ownerRef(owner)],
      },
      spec,
    };
  };

  const history = new Map<string, Map<string, unknown>>();
  const revisions = (owner: KObj): Map<string, unknown> => {
    const uid = owner.metadata.uid as string;
    let h = history.get(uid);
    if (!h) history.set(uid, (h = new Map()));
    return h;
  };
  const ctx: WorkloadContext = { rt, pods, nodes, podsOwnedBy, newPod, revisions };

  const reconcileReplicaSet = (ns: string, name: string): void => {
    const rsType = rt.rt('apps', 'replicasets');
    const rs = api.find(rsType, ns, name);
    if (!rs || rs.metadata.deletionTimestamp) return;
    const spec = asDict(rs.spec);
    const want = Number(spec.replicas ?? 1);
    const owned = podsOwnedBy(rs).filter((p) => !p.metadata.deletionTimestamp);
    for (let i = owned.length; i < want; i += 1) {
      const hash = rs.metadata.labels?.['pod-template-hash'] ?? templateHash(spec.template);
      api.create(
        pods(),
        'v1',
        ns,
        newPod(rs, asDict(spec.template), name, { 'pod-template-hash': hash }),
      );
    }
    // Scale down as upstream's ActivePodsWithRanks: not-ready pods first, then the newest.
    const doomed = [...owned]
      .sort((a, b) => Number(isPodReady(a)) - Number(isPodReady(b)) || byAge(b, a))
      .slice(0, Math.max(0, owned.length - want));
    for (const p of doomed) api.delete(pods(), ns, p.metadata.name as string);
    const current = podsOwnedBy(rs);
    const ready = current.filter(isPodReady).length;
    api.mutate(
      rsType,
      ns,
      name,
      (o) => {
        o.status = {
          replicas: current.length,
          fullyLabeledReplicas: current.length,
          readyReplicas: ready,
          availableReplicas: ready,
          observedGeneration: o.metadata.generation,
        };
      },
      'status',
    );
    const owner = controllerOf(rs);
    if (owner?.kind === 'Deployment')
      rt.enqueue(`deploy/${ns}/${owner.name}`, () => reconcileDeployment(ns, owner.name));
  };

  const reconcileDeployment = (ns: string, name: string): void =>
    reconcileDeploymentIn(rt, ns, name);

  const reconcileDaemonSet = (ns: string, name: string): void =>
    reconcileDaemonSetIn(ctx, ns, name);
  const reconcileStatefulSet = (ns: string, name: string): void =>
    reconcileStatefulSetIn(ctx, ns, name);

  const startPod = (ns: string, name: string): void => {
    const pod = api.find(pods(), ns, name);
    if (!pod || pod.metadata.deletionTimestamp) return;
    const phase = asDict(pod.status).phase;
    if (phase === 'Running' || phase === 'Succeeded' || phase === 'Failed') return;
    let nodeName = asDict(pod.spec).nodeName as string | undefined;
    if (!nodeName) {
      const candidates = nodes().filter((n) => nodeEligible(n, asDict(pod.spec)));
      candidates.sort(
        (a, b) =>
          (podsPerNode.get(a.metadata.name as string) ?? 0) -
          (podsPerNode.get(b.metadata.name as string) ?? 0),
      );
      nodeName = candidates[0]?.metadata.name as string | undefined;
      if (!nodeName) return;
      api.mutate(pods(), ns, name, (o) => ((o.spec as Dict).nodeName = nodeName));
    }
    const node = api.store.get('/nodes', '', nodeName);
    if (!node) return;
    const current = api.find(pods(), ns, name) ?? pod;
    if (state.cniAdd && !state.cniAdd(current, nodeName)) {
      // The CNI ADD failed: the sandbox is not set up, the containers do not start.
      api.mutate(
        pods(),
        ns,
        name,
        (o) => (o.status = containerCreatingStatus(o, node, nowISO())),
        'status',
      );
      return;
    }
    const ip = podIP(node, state);
    api.mutate(
      pods(),
      ns,
      name,
      (o) => (o.status = runningStatus(o, node, ip, podReady(o, state), nowISO())),
      'status',
    );
  };

  state.retryPod = (ns, name) => rt.enqueue(`pod/${ns}/${name}`, () => startPod(ns, name));

  rt.on('apps', 'deployments', (e) => {
    if (e.type !== 'DELETED')
      rt.enqueue(`deploy/${keyOf(e.object)}`, () =>
        reconcileDeployment(
          e.object.metadata.namespace as string,
          e.object.metadata.name as string,
        ),
      );
  });
  rt.on('apps', 'replicasets', (e) => {
    const owner = controllerOf(e.object);
    if (e.type !== 'DELETED')
      rt.enqueue(`rs/${keyOf(e.object)}`, () =>
        reconcileReplicaSet(
          e.object.metadata.namespace as string,
          e.object.metadata.name as string,
        ),
      );
    else if (owner?.kind === 'Deployment')
      rt.enqueue(`deploy/${e.object.metadata.namespace}/${owner.name}`, () =>
        reconcileDeployment(e.object.metadata.namespace as string, owner.name),
      );
  });
  rt.on('apps', 'daemonsets', (e) => {
    if (e.type !== 'DELETED')
      rt.enqueue(`ds/${keyOf(e.object)}`, () =>
        reconcileDaemonSet(e.object.metadata.namespace as string, e.object.metadata.name as string),
      );
  });
  rt.on('apps', 'statefulsets', (e) => {
    if (e.type === 'DELETED') history.delete(e.object.metadata.uid as string);
    else
      rt.enqueue(`sts/${keyOf(e.object)}`, () =>
        reconcileStatefulSet(
          e.object.metadata.namespace as string,
          e.object.metadata.name as string,
        ),
      );
  });
  /** Scheduled pods per node, kept from pod events (for least-loaded scheduling). */
  const podsPerNode = new Map<string, number>();
  const count = (n: unknown, d: number): void => {
    if (typeof n === 'string') podsPerNode.set(n, (podsPerNode.get(n) ?? 0) + d);
  };
  for (const e of api.store.list('/pods')) count(asDict(e.obj.spec).nodeName, 1);
  rt.on('', 'pods', (e) => {
    const p = e.object;
    const before = e.type === 'ADDED' ? undefined : asDict(e.old?.spec).nodeName;
    const after = e.type === 'DELETED' ? undefined : asDict(p.spec).nodeName;
    if (before !== after) {
      count(before, -1);
      count(after, 1);
    }
    const ns = p.metadata.namespace as string;
    if (e.type === 'ADDED' && asDict(p.status).phase !== 'Running')
      rt.enqueue(`pod/${keyOf(p)}`, () => startPod(ns, p.metadata.name as string));
    const owner = controllerOf(p);
    const readyChanged = e.type !== 'MODIFIED' || !e.old || isPodReady(e.old) !== isPodReady(p);
    if (!owner || !readyChanged) return;
    if (owner.kind === 'ReplicaSet')
      rt.enqueue(`rs/${ns}/${owner.name}`, () => reconcileReplicaSet(ns, owner.name));
    if (owner.kind === 'DaemonSet')
      rt.enqueue(`ds/${ns}/${owner.name}`, () => reconcileDaemonSet(ns, owner.name));
    if (owner.kind === 'StatefulSet')
      rt.enqueue(`sts/${ns}/${owner.name}`, () => reconcileStatefulSet(ns, owner.name));
  });
  rt.on('', 'nodes', (e) => {
    if (e.type === 'MODIFIED' && JSON.stringify(e.old?.spec) === JSON.stringify(e.object.spec))
      return;
    for (const entry of api.store.list('apps/daemonsets')) {
      const ds = entry.obj;
      rt.enqueue(`ds/${keyOf(ds)}`, () =>
        reconcileDaemonSet(ds.metadata.namespace as string, ds.metadata.name as string),
      );
    }
  });
};
