/**
 * The istio-cni node agent: on a node with ready istio-cni and ztunnel pods, annotates the pods the
 * ambient enrollment rule selects with `ambient.istio.io/redirection: enabled`, and removes the
 * annotation when they stop matching. Pods are never restarted.
 */
import { asDict, type KObj } from '../api/types';
import { isPodReady } from './workloads';
import type { Runtime } from './runtime';

export const REDIRECTION = 'ambient.istio.io/redirection';

/** istio/istio cni/pkg/util/podutil.go: the pod label wins over the namespace label; sidecars win. */
export const enrolled = (pod: KObj, ns: KObj | undefined): boolean => {
  const podMode = pod.metadata.labels?.['istio.io/dataplane-mode'];
  const nsMode = ns?.metadata.labels?.['istio.io/dataplane-mode'];
  const selected = podMode === 'ambient' || (nsMode === 'ambient' && podMode !== 'none');
  if (!selected) return false;
  if (pod.metadata.annotations?.['sidecar.istio.io/status'] !== undefined) return false;
  return asDict(pod.spec).hostNetwork !== true;
};

export const startCniAgent = (rt: Runtime): void => {
  const { api } = rt;
  const podsType = () => rt.rt('', 'pods');
  /** node -> whether its istio-cni-node and ztunnel pods are both ready. */
  const nodeReady = new Map<string, { cni: boolean; zt: boolean }>();

  const agentReady = (node: string): boolean => {
    const s = nodeReady.get(node);
    return !!s && s.cni && s.zt;
  };

  const reconcilePod = (nsName: string, name: string): void => {
    const pod = api.find(podsType(), nsName, name);
    if (!pod || pod.metadata.deletionTimestamp || asDict(pod.status).phase !== 'Running') return;
    const node = asDict(pod.spec).nodeName as string | undefined;
    if (!node || !nodeReady.has(node)) return;
    const ns = api.store.get('/namespaces', '', nsName);
    const want = enrolled(pod, ns);
    const has = pod.metadata.annotations?.[REDIRECTION] === 'enabled';
    if (want && !has && agentReady(node)) {
      api.mutate(
        podsType(),
        nsName,
        name,
        (o) => (o.metadata.annotations = { ...o.metadata.annotations, [REDIRECTION]: 'enabled' }),
      );
    } else if (!want && has) {
      api.mutate(podsType(), nsName, name, (o) => {
        const a = { ...o.metadata.annotations };
        delete a[REDIRECTION];
        o.metadata.annotations = a;
      });
    }
  };

  const enqueuePod = (p: KObj): void => {
    const ns = p.metadata.namespace as string;
    const name = p.metadata.name as string;
    rt.enqueue(`cni/${ns}/${name}`, () => reconcilePod(ns, name));
  };

  const refreshNode = (node: string): void => {
    const st = { cni: false, zt: false, present: false };
    for (const e of api.store.list('/pods')) {
      const p = e.obj;
      if (asDict(p.spec).nodeName !== node) continue;
      const l = p.metadata.labels ?? {};
      if (l['k8s-app'] === 'istio-cni-node') {
        st.present = true;
        st.cni = st.cni || isPodReady(p);
      }
      if (l.app === 'ztunnel' && p.metadata.ownerReferences?.some((r) => r.kind === 'DaemonSet'))
        st.zt = st.zt || isPodReady(p);
    }
    const before = agentReady(node);
    if (st.present) nodeReady.set(node, { cni: st.cni, zt: st.zt });
    else nodeReady.delete(node);
    if (agentReady(node) !== before || !st.present) {
      for (const e of api.store.list('/pods'))
        if (asDict(e.obj.spec).nodeName === node) enqueuePod(e.obj);
    }
  };

  const isAgentPod = (p: KObj): boolean => {
    const l = p.metadata.labels ?? {};
    return l['k8s-app'] === 'istio-cni-node' || l.app === 'ztunnel';
  };

  rt.on('', 'pods', (e) => {
    const p = e.object;
    if (isAgentPod(p)) {
      const node = asDict(p.spec).nodeName as string | undefined;
      if (node && (e.type !== 'MODIFIED' || isPodReady(p) !== (e.old ? isPodReady(e.old) : false)))
        rt.enqueue(`cni-node/${node}`, () => refreshNode(node));
    }
    if (e.type === 'DELETED') return;
    const labelsChanged =
      JSON.stringify(e.old?.metadata.labels) !== JSON.stringify(p.metadata.labels);
    const phaseChanged = asDict(e.old?.status).phase !== asDict(p.status).phase;
    const sidecarChanged =
      e.old?.metadata.annotations?.['sidecar.istio.io/status'] !==
      p.metadata.annotations?.['sidecar.istio.io/status'];
    if (e.type === 'ADDED' || labelsChanged || phaseChanged || sidecarChanged) enqueuePod(p);
  });
  rt.on('', 'namespaces', (e) => {
    if (e.type === 'DELETED') return;
    const before = e.old?.metadata.labels?.['istio.io/dataplane-mode'];
    const after = e.object.metadata.labels?.['istio.io/dataplane-mode'];
    if (before === after) return;
    for (const entry of api.store.list('/pods', e.object.metadata.name as string))
      enqueuePod(entry.obj);
  });
};
