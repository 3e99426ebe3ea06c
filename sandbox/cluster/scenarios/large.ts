/**
 * The `large` and `xlarge` scenarios: many nodes, namespaces and pods with a mix of states: ambient, sidecar and
 * unenrolled namespaces, pods opted out, waypoints in some namespaces, nodes whose ztunnel is not
 * ready. Workload objects are written in their final state (as after a long-running cluster), so
 * seeding stays fast; the controllers still react to every later change.
 */
import type { Api } from '../api/core';
import type { KObj } from '../api/types';
import type { Runtime } from '../controllers/runtime';
import { enrolled, REDIRECTION } from '../controllers/cni';
import { templateHash } from '../controllers/workloads';
import { installAmbient } from './ambient';
import { node } from './cluster';
import { deployment, namespace, seedObject } from './seed';

export interface LargeOptions {
  nodes?: number;
  namespaces?: number;
  pods?: number;
}

export interface LargeHooks {
  setZtunnelReady: (node: string, ready: boolean) => void;
}

export const LARGE_DEFAULTS = { nodes: 100, namespaces: 2000, pods: 20000 };
/** `xlarge`: the same mix of states, five times the pods (and `large`'s share per node). */
export const XLARGE_DEFAULTS = { nodes: 500, namespaces: 5000, pods: 100000 };

type Mode = 'ambient' | 'none' | 'sidecar' | 'mixed';
const modeOf = (i: number): Mode =>
  (
    [
      'ambient',
      'ambient',
      'ambient',
      'ambient',
      'ambient',
      'none',
      'none',
      'sidecar',
      'mixed',
      'ambient',
    ] as Mode[]
  )[i % 10];

const nsLabels = (mode: Mode, waypoint: boolean): Record<string, string> => {
  const l: Record<string, string> = { 'istio-discovery': 'enabled' };
  if (mode === 'ambient' || mode === 'mixed') l['istio.io/dataplane-mode'] = 'ambient';
  if (mode === 'sidecar') l['istio-injection'] = 'enabled';
  if (waypoint) l['istio.io/use-waypoint'] = 'waypoint';
  return l;
};

let ipSeq = 0;
const podIP = (nodeIndex: number): string => {
  ipSeq += 1;
  return `10.${128 + Math.floor(nodeIndex / 128)}.${(nodeIndex % 128) * 2 + (ipSeq % 2)}.${(ipSeq % 250) + 2}`;
};

const seedApp = (
  api: Api,
  ns: KObj,
  app: string,
  replicas: number,
  mode: Mode,
  workers: string[],
  notReady: Set<string>,
  cursor: { n: number },
  started: string,
): void => {
  const nsName = ns.metadata.name as string;
  const d = deployment(nsName, {
    name: app,
    image: `quay.io/example/${app}:1.0`,
    port: 8080,
    replicas,
  });
  const tmpl = (d.spec as { template: KObj }).template;
  const hash = templateHash(tmpl);
  const cond = (type: string, reason: string) => ({
    type,
    status: 'True',
    lastUpdateTime: started,
    lastTransitionTime: started,
    reason,
  });
  d.status = {
    observedGeneration: 1,
    replicas,
    updatedReplicas: replicas,
    readyReplicas: replicas,
    availableReplicas: replicas,
    conditions: [
      cond('Available', 'MinimumReplicasAvailable'),
      cond('Progressing', 'NewReplicaSetAvailable'),
    ],
  };
  const created = seedObject(api, d);
  const rsName = `${app}-${hash}`;
  const labels = { ...(tmpl.metadata.labels as Record<string, string>), 'pod-template-hash': hash };
  const rs = seedObject(api, {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: rsName,
      namespace: nsName,
      labels,
      annotations: { 'deployment.kubernetes.io/revision': '1' },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: app,
          uid: created.metadata.uid as string,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: { ...tmpl, metadata: { labels } },
    },
    status: {
      replicas,
      fullyLabeledReplicas: replicas,
      readyReplicas: replicas,
      availableReplicas: replicas,
      observedGeneration: 1,
    },
  });
  for (let r = 0; r < replicas; r += 1) {
    const nodeIndex = cursor.n % workers.length;
    cursor.n += 1;
    const podLabels: Record<string, string> = { ...labels };
    if (mode === 'mixed' && r === 0) podLabels['istio.io/dataplane-mode'] = 'none';
    const annotations: Record<string, string> = { 'openshift.io/scc': 'restricted-v2' };
    const containers = [
      {
        name: app,
        image: `quay.io/example/${app}:1.0`,
        ports: [{ containerPort: 8080, protocol: 'TCP' }],
      },
    ];
    if (mode === 'sidecar') {
      annotations['sidecar.istio.io/status'] =
        '{"initContainers":["istio-validation"],"containers":["istio-proxy"],"volumes":["istio-envoy"]}';
      containers.push({
        name: 'istio-proxy',
        image: 'registry.redhat.io/openshift-service-mesh/istio-proxyv2-rhel9:1.26.8',
        ports: [{ containerPort: 15090, protocol: 'TCP' }],
      });
    }
    const ip = podIP(nodeIndex + 3);
    const cs = containers.map((c) => ({
      name: c.name,
      image: c.image,
      imageID: '',
      ready: true,
      started: true,
      restartCount: 0,
      state: { running: { startedAt: started } },
    }));
    const pc = (type: string) => ({
      type,
      status: 'True',
      lastProbeTime: null,
      lastTransitionTime: started,
    });
    const pod: KObj = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${rsName}-${(cursor.n * 7919).toString(36).slice(-5).padStart(5, 'b')}`,
        namespace: nsName,
        generateName: `${rsName}-`,
        labels: podLabels,
        annotations,
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            name: rsName,
            uid: rs.metadata.uid as string,
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      spec: { nodeName: workers[nodeIndex], serviceAccountName: 'default', containers },
      status: {
        phase: 'Running',
        podIP: ip,
        podIPs: [{ ip }],
        hostIP: `10.0.0.${nodeIndex}`,
        startTime: started,
        conditions: ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map(pc),
        containerStatuses: cs,
      },
    };
    // What the CNI agent wrote while the pod started (pods on a node without a ready ztunnel were never captured).
    if (enrolled(pod, ns) && !notReady.has(workers[nodeIndex]))
      annotations[REDIRECTION] = 'enabled';
    seedObject(api, pod);
  }
};

export const seedLarge = async (
  api: Api,
  runtime: Runtime,
  o: LargeOptions,
  hooks: LargeHooks,
  /** The mesh install (default: the `ambient` scenario's on the 1.26 line, bookinfo left alone). */
  install: () => Promise<void> = () => installAmbient(api, runtime, '1.26', false),
): Promise<void> => {
  const nodes = Math.max(4, o.nodes ?? LARGE_DEFAULTS.nodes);
  const nsCount = Math.max(1, o.namespaces ?? LARGE_DEFAULTS.namespaces);
  const pods = Math.max(0, o.pods ?? LARGE_DEFAULTS.pods);
  const workers: string[] = [];
  for (let i = 3; i < nodes; i += 1) {
    const name = `worker-${String(i - 3).padStart(3, '0')}`;
    workers.push(name);
    seedObject(api, node(name, i, 'worker'));
  }
  await runtime.settle();
  await install();
  const notReady = new Set(workers.filter((_, i) => i % 40 === 7));
  for (const n of notReady) hooks.setZtunnelReady(n, false);
  await runtime.settle();

  const started = new Date(Date.now() - 86400000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const cursor = { n: 0 };
  const perNs = Math.floor(pods / nsCount);
  let extra = pods - perNs * nsCount;
  const waypoints: KObj[] = [];
  runtime.paused = true;
  try {
    for (let i = 0; i < nsCount; i += 1) {
      const mode = modeOf(i);
      const waypoint = mode === 'ambient' && i % 20 === 0;
      const name = `app-${String(i).padStart(4, '0')}`;
      const ns = seedObject(api, namespace(name, nsLabels(mode, waypoint)));
      let left = perNs + (extra > 0 ? 1 : 0);
      if (extra > 0) extra -= 1;
      for (let a = 0; left > 0; a += 1) {
        const replicas = Math.min(left, 1 + (a % 3));
        seedApp(api, ns, `svc-${a}`, replicas, mode, workers, notReady, cursor, started);
        left -= replicas;
      }
      if (waypoint) {
        waypoints.push({
          apiVersion: 'gateway.networking.k8s.io/v1',
          kind: 'Gateway',
          metadata: {
            name: 'waypoint',
            namespace: name,
            labels: { 'istio.io/waypoint-for': 'service' },
          },
          spec: {
            gatewayClassName: 'istio-waypoint',
            listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
          },
        });
      }
    }
  } finally {
    runtime.paused = false;
  }
  for (const gw of waypoints) seedObject(api, gw);
  await runtime.settle();
};
