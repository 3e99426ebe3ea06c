/**
 * istio-cni, as upstream (istio/istio cni/pkg/plugin/plugin.go, cni/pkg/nodeagent/informers.go
 * and meshdataplane_linux.go, release-1.26..1.28):
 * - the CNI plugin, at pod sandbox creation (before containers start): an enrolled pod on a node
 *   whose ztunnel is connected is marked `ambient.istio.io/redirection=enabled`; when it is not,
 *   the pod is marked `pending` and the sandbox setup fails, so the pod stays ContainerCreating
 *   until the kubelet's retry succeeds (hostNetwork pods and excludeNamespaces are skipped);
 * - the node agent's informer, for pods already running: enrolls (or marks `pending` while
 *   ztunnel is down), unenrolls when the rule no longer selects them, and unmarks terminated pods.
 * Pods are never restarted.
 */
import { asDict, type KObj } from '../api/types';
import { cniConfigOf, DEFAULT_SELECTORS, pluginTakesPod, shouldBeEnabled } from './cniRules';
import { isPodReady, type WorkloadState } from './pods';
import type { Runtime } from './runtime';

export const REDIRECTION = 'ambient.istio.io/redirection';

/** The 1.26 rule with the chart's defaults (used to seed scenarios in their final state). */
export const enrolled = (pod: KObj, ns: KObj | undefined): boolean =>
  shouldBeEnabled({ minor: 26, selectors: DEFAULT_SELECTORS }, pod, ns);

const isTerminal = (pod: KObj): boolean => {
  const phase = asDict(pod.status).phase;
  return phase === 'Succeeded' || phase === 'Failed';
};

const podIPOf = (pod: KObj): string | undefined => {
  const st = asDict(pod.status);
  return (st.podIP as string | undefined) || (st.podIPs as { ip: string }[] | undefined)?.[0]?.ip;
};

export const startCniAgent = (rt: Runtime, state: WorkloadState): void => {
  const { api } = rt;
  const podsType = () => rt.rt('', 'pods');
  /** node -> whether its istio-cni-node and ztunnel pods are ready. */
  const nodeReady = new Map<string, { cni: boolean; zt: boolean }>();
  const cniUp = (node: string): boolean => !!nodeReady.get(node)?.cni;
  const agentReady = (node: string): boolean => {
    const s = nodeReady.get(node);
    return !!s && s.cni && s.zt;
  };
  const config = () => cniConfigOf(api.store.list('sailoperator.io/istiocnis')[0]?.obj);

  const mark = (nsName: string, name: string, value: string | undefined): void => {
    const cur = api.find(podsType(), nsName, name);
    if (!cur || cur.metadata.annotations?.[REDIRECTION] === value) return;
    api.mutate(podsType(), nsName, name, (o) => {
      const a = { ...o.metadata.annotations };
      if (value === undefined) delete a[REDIRECTION];
      else a[REDIRECTION] = value;
      o.metadata.annotations = a;
    });
  };

  /** The CNI plugin's ADD for a pod about to start on `node`: false when setup fails. */
  state.cniAdd = (pod: KObj, node: string): boolean => {
    if (!cniUp(node)) return true; // no istio-cni on the node: not in the chain
    const nsName = pod.metadata.namespace as string;
    const ns = api.store.get('/namespaces', '', nsName);
    if (!pluginTakesPod(config(), pod, ns)) return true;
    const ok = agentReady(node);
    mark(nsName, pod.metadata.name as string, ok ? 'enabled' : 'pending');
    return ok;
  };

  const reconcilePod = (nsName: string, name: string): void => {
    const pod = api.find(podsType(), nsName, name);
    if (!pod || pod.metadata.deletionTimestamp) return;
    const node = asDict(pod.spec).nodeName as string | undefined;
    const has = pod.metadata.annotations?.[REDIRECTION];
    if (isTerminal(pod)) {
      if (has !== undefined) mark(nsName, name, undefined);
      return;
    }
    if (!node || !nodeReady.has(node)) return;
    const ns = api.store.get('/namespaces', '', nsName);
    const want = shouldBeEnabled(config(), pod, ns);
    if (!podIPOf(pod)) {
      // Still in sandbox setup: the kubelet retries it when its CNI call can succeed.
      if (has === 'pending' && (!want || agentReady(node))) {
        if (!want) mark(nsName, name, undefined);
        state.retryPod?.(nsName, name);
      }
      return;
    }
    if (want && has !== 'enabled') {
      if (agentReady(node)) mark(nsName, name, 'enabled');
      else if (cniUp(node) && has !== 'pending') mark(nsName, name, 'pending');
    } else if (!want && has !== undefined) mark(nsName, name, undefined);
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
    const before = nodeReady.get(node);
    if (st.present) nodeReady.set(node, { cni: st.cni, zt: st.zt });
    else nodeReady.delete(node);
    const after = nodeReady.get(node);
    if (before?.cni !== after?.cni || before?.zt !== after?.zt) {
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
    const ipChanged = podIPOf(e.old ?? p) !== podIPOf(p);
    const sidecarChanged =
      e.old?.metadata.annotations?.['sidecar.istio.io/status'] !==
      p.metadata.annotations?.['sidecar.istio.io/status'];
    if (e.type === 'ADDED' || labelsChanged || phaseChanged || ipChanged || sidecarChanged)
      enqueuePod(p);
  });
  rt.on('', 'namespaces', (e) => {
    if (e.type === 'DELETED') return;
    if (JSON.stringify(e.old?.metadata.labels) === JSON.stringify(e.object.metadata.labels)) return;
    for (const entry of api.store.list('/pods', e.object.metadata.name as string))
      enqueuePod(entry.obj);
  });
  rt.on('sailoperator.io', 'istiocnis', (e) => {
    if (JSON.stringify(e.old?.spec) === JSON.stringify(e.object.spec)) return;
    for (const entry of api.store.list('/pods')) enqueuePod(entry.obj);
  });
};
