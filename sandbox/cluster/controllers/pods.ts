/** Pod placement and status helpers shared by the workload controllers and the test hooks. */
import { createHash } from 'crypto';
import { asDict, type Dict, type KObj } from '../api/types';
import { keyOf } from './runtime';
import type { Runtime } from './runtime';

interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
}
interface Taint {
  key: string;
  value?: string;
  effect: string;
}

export const templateHash = (template: unknown): string => {
  const h = createHash('sha256').update(JSON.stringify(template)).digest();
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  return [...h.subarray(0, 10)].map((b) => alphabet[b % alphabet.length]).join('');
};

const tolerates = (tols: Toleration[], taint: Taint): boolean =>
  tols.some(
    (t) =>
      (!t.effect || t.effect === taint.effect) &&
      (t.operator === 'Exists'
        ? !t.key || t.key === taint.key
        : t.key === taint.key && (t.value ?? '') === (taint.value ?? '')),
  );

export const nodeEligible = (node: KObj, podSpec: Dict): boolean => {
  const spec = asDict(node.spec);
  if (spec.unschedulable) return false;
  const tols = (podSpec.tolerations as Toleration[] | undefined) ?? [];
  const taints = ((spec.taints as Taint[] | undefined) ?? []).filter(
    (t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute',
  );
  if (!taints.every((t) => tolerates(tols, t))) return false;
  const sel = asDict(podSpec.nodeSelector) as Record<string, string>;
  return Object.entries(sel).every(([k, v]) => node.metadata.labels?.[k] === v);
};

export interface WorkloadState {
  /** Nodes whose ztunnel pod is held not ready (a test hook). */
  ztunnelNotReady: Set<string>;
  ipCounters: Map<string, number>;
  /** The CNI plugin's ADD at sandbox creation (set by the CNI agent): false when it fails. */
  cniAdd?: (pod: KObj, node: string) => boolean;
  /**
   * Whether a ztunnel pod reaches the istiod it dials (set by the Sail operator); a pod that does
   * not stays not ready.
   */
  ztunnelConnected?: (pod: KObj) => boolean;
  /** The kubelet's retry of a pod whose sandbox setup failed (set by the workload controller). */
  retryPod?: (ns: string, name: string) => void;
}

export const podReady = (pod: KObj, state: WorkloadState): boolean => {
  const node = asDict(pod.spec).nodeName as string | undefined;
  if (pod.metadata.labels?.app !== 'ztunnel') return true;
  if (node && state.ztunnelNotReady.has(node)) return false;
  return state.ztunnelConnected?.(pod) ?? true;
};

export const isPodReady = (pod: KObj): boolean =>
  !pod.metadata.deletionTimestamp &&
  ((asDict(pod.status).conditions as { type: string; status: string }[] | undefined) ?? []).some(
    (c) => c.type === 'Ready' && c.status === 'True',
  );

export const podIP = (node: KObj, state: WorkloadState): string => {
  const cidr = String(asDict(node.spec).podCIDR ?? '10.128.0.0/23');
  const [a, b, c] = cidr.split('/')[0].split('.').map(Number);
  const n = (state.ipCounters.get(node.metadata.name as string) ?? 2) + 1;
  state.ipCounters.set(node.metadata.name as string, n);
  return `${a}.${b}.${c + Math.floor(n / 254)}.${(n % 254) + 1}`;
};

const containerBase = (pod: KObj, c: Dict): Dict => ({
  name: c.name,
  image: c.image,
  imageID: `${String(c.image)}@sha256:${createHash('sha256').update(String(c.image)).digest('hex')}`,
  containerID: `cri-o://${createHash('sha256')
    .update(`${keyOf(pod)}/${String(c.name)}`)
    .digest('hex')}`,
});

/** Pod status of a scheduled, started pod on `node`. */
export const runningStatus = (
  pod: KObj,
  node: KObj,
  ip: string,
  ready: boolean,
  started: string,
): Dict => {
  const containers = (asDict(pod.spec).containers as Dict[] | undefined) ?? [];
  const inits = (asDict(pod.spec).initContainers as Dict[] | undefined) ?? [];
  const hostIP =
    ((asDict(node.status).addresses as { type: string; address: string }[] | undefined) ?? []).find(
      (a) => a.type === 'InternalIP',
    )?.address ?? '10.0.0.1';
  const hostNetwork = asDict(pod.spec).hostNetwork === true;
  const cond = (type: string, status: boolean) => ({
    type,
    status: status ? 'True' : 'False',
    lastProbeTime: null,
    lastTransitionTime: started,
  });
  const ip2 = hostNetwork ? hostIP : ip;
  return {
    phase: 'Running',
    conditions: [
      cond('PodReadyToStartContainers', true),
      cond('Initialized', true),
      cond('Ready', ready),
      cond('ContainersReady', ready),
      cond('PodScheduled', true),
    ],
    hostIP,
    hostIPs: [{ ip: hostIP }],
    podIP: ip2,
    podIPs: [{ ip: ip2 }],
    startTime: started,
    qosClass: 'Burstable',
    ...(inits.length > 0
      ? {
          // Init containers have run to completion; native sidecars (restartPolicy Always) run on.
          initContainerStatuses: inits.map((c) => ({
            ...containerBase(pod, c),
            ready: c.restartPolicy === 'Always' ? ready : true,
            started: c.restartPolicy === 'Always',
            restartCount: 0,
            state:
              c.restartPolicy === 'Always'
                ? { running: { startedAt: started } }
                : {
                    terminated: {
                      exitCode: 0,
                      reason: 'Completed',
                      startedAt: started,
                      finishedAt: started,
                    },
                  },
          })),
        }
      : {}),
    containerStatuses: containers.map((c) => ({
      name: c.name,
      image: c.image,
      imageID: `${String(c.image)}@sha256:${createHash('sha256').update(String(c.image)).digest('hex')}`,
      containerID: `cri-o://${createHash('sha256')
        .update(`${keyOf(pod)}/${String(c.name)}`)
        .digest('hex')}`,
      ready,
      started: true,
      restartCount: 0,
      state: { running: { startedAt: started } },
    })),
  };
};

/** Pod status while the sandbox cannot be set up: Pending, ContainerCreating, no IP. */
export const containerCreatingStatus = (pod: KObj, node: KObj, started: string): Dict => {
  const running = runningStatus(pod, node, '', false, started);
  const cond = (type: string, status: boolean) => ({
    type,
    status: status ? 'True' : 'False',
    lastProbeTime: null,
    lastTransitionTime: started,
  });
  const containers = (asDict(pod.spec).containers as Dict[] | undefined) ?? [];
  return {
    phase: 'Pending',
    conditions: [
      cond('PodReadyToStartContainers', false),
      cond('Initialized', true),
      cond('Ready', false),
      cond('ContainersReady', false),
      cond('PodScheduled', true),
    ],
    hostIP: running.hostIP,
    hostIPs: running.hostIPs,
    startTime: started,
    qosClass: 'Burstable',
    containerStatuses: containers.map((c) => ({
      name: c.name,
      image: c.image,
      imageID: '',
      ready: false,
      started: false,
      restartCount: 0,
      state: { waiting: { reason: 'ContainerCreating' } },
    })),
  };
};

/** Marks one node's ztunnel pod ready or not (test hook); the DaemonSet status follows. */
export const setZtunnelReady = (
  rt: Runtime,
  state: WorkloadState,
  node: string,
  ready: boolean,
): number => {
  if (ready) state.ztunnelNotReady.delete(node);
  else state.ztunnelNotReady.add(node);
  return refreshZtunnelPods(rt, state, node);
};

/**
 * Sets the readiness of the running ztunnel pods (of one node, or all) to what `podReady` says
 * now; returns how many pods it looked at.
 */
export const refreshZtunnelPods = (rt: Runtime, state: WorkloadState, node?: string): number => {
  let n = 0;
  const podsType = rt.rt('', 'pods');
  for (const e of rt.api.store.list('/pods')) {
    const p = e.obj;
    if (
      p.metadata.labels?.app !== 'ztunnel' ||
      (node !== undefined && asDict(p.spec).nodeName !== node) ||
      asDict(p.status).phase !== 'Running'
    )
      continue;
    n += 1;
    const ready = podReady(p, state);
    if (isPodReady(p) === ready) continue;
    rt.api.mutate(
      podsType,
      p.metadata.namespace as string,
      p.metadata.name as string,
      (o) => {
        const st = asDict(o.status);
        for (const c of (st.conditions as Dict[]) ?? [])
          if (c.type === 'Ready' || c.type === 'ContainersReady')
            c.status = ready ? 'True' : 'False';
        for (const c of (st.containerStatuses as Dict[]) ?? []) c.ready = ready;
      },
      'status',
    );
  }
  return n;
};
