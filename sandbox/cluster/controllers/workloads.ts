/** Deployments -> ReplicaSets -> Pods, DaemonSets -> one Pod per eligible node, pods scheduled and Running. */
import { randomSuffix } from '../api/core';
import { asDict, clone, nowISO, type Dict, type KObj } from '../api/types';
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
      .filter((p) => controllerOf(p)?.uid === owner.metadata.uid);

  const newPod = (
    owner: KObj,
    template: Dict,
    namePrefix: string,
    extraLabels: Record<string, string>,
    nodeName?: string,
  ): KObj => {
    const meta = asDict(template.metadata);
    const spec = clone(asDict(template.spec));
    if (nodeName) spec.nodeName = nodeName;
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${namePrefix}-${randomSuffix()}`,
        generateName: `${namePrefix}-`,
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
    for (const p of owned.slice(want)) api.delete(pods(), ns, p.metadata.name as string);
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

  const reconcileDeployment = (ns: string, name: string): void => {
    const dType = rt.rt('apps', 'deployments');
    const rsType = rt.rt('apps', 'replicasets');
    const d = api.find(dType, ns, name);
    if (!d || d.metadata.deletionTimestamp) return;
    const spec = asDict(d.spec);
    const hash = templateHash(spec.template);
    const rsName = `${name}-${hash}`;
    const replicas = Number(spec.replicas ?? 1);
    const owned = api.store
      .list('apps/replicasets', ns)
      .map((e) => e.obj)
      .filter((r) => controllerOf(r)?.uid === d.metadata.uid);
    if (!owned.some((r) => r.metadata.name === rsName)) {
      const tmpl = clone(asDict(spec.template));
      const tmeta = asDict(tmpl.metadata);
      tmeta.labels = { ...(tmeta.labels as Record<string, string>), 'pod-template-hash': hash };
      tmpl.metadata = tmeta;
      const sel = clone(asDict(spec.selector));
      sel.matchLabels = {
        ...(sel.matchLabels as Record<string, string>),
        'pod-template-hash': hash,
      };
      api.create(rsType, 'v1', ns, {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: rsName,
          namespace: ns,
          labels: { ...(tmeta.labels as Record<string, string>) },
          annotations: {
            'deployment.kubernetes.io/revision': String(owned.length + 1),
            'deployment.kubernetes.io/desired-replicas': String(replicas),
          },
          ownerReferences: [ownerRef(d)],
        },
        spec: { replicas, selector: sel, template: tmpl },
      });
    }
    for (const r of owned) {
      const want = r.metadata.name === rsName ? replicas : 0;
      if (asDict(r.spec).replicas !== want)
        api.mutate(
          rsType,
          ns,
          r.metadata.name as string,
          (o) => ((o.spec as Dict).replicas = want),
        );
    }
    const cur = api.find(rsType, ns, rsName);
    const st = asDict(cur?.status);
    const ready = Number(st.readyReplicas ?? 0);
    const total = owned.reduce((n, r) => n + Number(asDict(r.status).replicas ?? 0), 0);
    const now = nowISO();
    api.mutate(
      dType,
      ns,
      name,
      (o) => {
        const prev = (asDict(o.status).conditions as Dict[] | undefined) ?? [];
        const cond = (type: string, status: boolean, reason: string, message: string) => {
          const p = prev.find((c) => c.type === type);
          const s = status ? 'True' : 'False';
          return {
            type,
            status: s,
            lastUpdateTime: p?.status === s ? p.lastUpdateTime : now,
            lastTransitionTime: p?.status === s ? p.lastTransitionTime : now,
            reason,
            message,
          };
        };
        o.status = {
          observedGeneration: o.metadata.generation,
          replicas: total,
          updatedReplicas: Number(st.replicas ?? 0),
          readyReplicas: ready || undefined,
          availableReplicas: ready || undefined,
          unavailableReplicas: replicas - ready > 0 ? replicas - ready : undefined,
          conditions: [
            cond(
              'Available',
              ready >= replicas,
              ready >= replicas ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
              ready >= replicas
                ? 'Deployment has minimum availability.'
                : 'Deployment does not have minimum availability.',
            ),
            cond(
              'Progressing',
              true,
              ready >= replicas ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated',
              `ReplicaSet "${rsName}" ${ready >= replicas ? 'has successfully progressed.' : 'is progressing.'}`,
            ),
          ],
        };
        for (const k of Object.keys(o.status))
          if ((o.status as Dict)[k] === undefined) delete (o.status as Dict)[k];
      },
      'status',
    );
  };

  const reconcileDaemonSet = (ns: string, name: string): void => {
    const dsType = rt.rt('apps', 'daemonsets');
    const ds = api.find(dsType, ns, name);
    if (!ds || ds.metadata.deletionTimestamp) return;
    const spec = asDict(ds.spec);
    const tmpl = asDict(spec.template);
    const eligible = nodes().filter((n) => nodeEligible(n, asDict(tmpl.spec)));
    const owned = podsOwnedBy(ds);
    const hash = templateHash(tmpl).slice(0, 9);
    for (const n of eligible) {
      if (!owned.some((p) => asDict(p.spec).nodeName === n.metadata.name)) {
        api.create(
          pods(),
          'v1',
          ns,
          newPod(
            ds,
            tmpl,
            name,
            {
              'controller-revision-hash': hash,
              'pod-template-generation': String(ds.metadata.generation ?? 1),
            },
            n.metadata.name,
          ),
        );
      }
    }
    const names = new Set(eligible.map((n) => n.metadata.name));
    for (const p of owned)
      if (!names.has(asDict(p.spec).nodeName as string))
        api.delete(pods(), ns, p.metadata.name as string);
    const current = podsOwnedBy(ds).filter((p) => names.has(asDict(p.spec).nodeName as string));
    const ready = current.filter(isPodReady).length;
    api.mutate(
      dsType,
      ns,
      name,
      (o) => {
        o.status = {
          currentNumberScheduled: current.length,
          desiredNumberScheduled: eligible.length,
          numberMisscheduled: 0,
          numberReady: ready,
          numberAvailable: ready,
          updatedNumberScheduled: current.length,
          observedGeneration: o.metadata.generation,
        };
        if (eligible.length - ready > 0)
          (o.status as Dict).numberUnavailable = eligible.length - ready;
      },
      'status',
    );
  };

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
