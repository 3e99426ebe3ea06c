/**
 * The `edge-cases` scenario (OSSM 3.2, Istio 1.27 rules): ambient installed and, beside bookinfo,
 * the cases where ztunnel's view differs from "every pod": a sidecar pod that speaks HBONE
 * (`networking.istio.io/tunnel=http`), a hostNetwork pod (enrolled on 1.27), a finished pod and
 * a pod without an IP (not listed), an empty `istio.io/use-waypoint`, cross-namespace waypoints
 * one allowed and one denied by `allowedRoutes`, and a node whose ztunnel is down with a new
 * enrolled pod stuck in ContainerCreating.
 */
import type { Api } from '../api/core';
import type { KObj } from '../api/types';
import type { Runtime } from '../controllers/runtime';
import { deployment, namespace, seedObject, service } from './seed';

export const EDGE_NODE_DOWN = 'worker-2';
const IMAGE = 'registry.access.redhat.com/ubi9/httpd-24:latest';
const AMBIENT = { 'istio.io/dataplane-mode': 'ambient' };

const pod = (
  ns: string,
  name: string,
  spec: Record<string, unknown>,
  meta: Partial<KObj['metadata']> = {},
): KObj => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: ns, labels: { app: name }, ...meta },
  spec: { containers: [{ name: 'main', image: IMAGE }], ...spec },
});

const waypoint = (name: string, allowedRoutes?: Record<string, unknown>): KObj => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { name, namespace: 'infra', labels: { 'istio.io/waypoint-for': 'all' } },
  spec: {
    gatewayClassName: 'istio-waypoint',
    listeners: [
      { name: 'mesh', port: 15008, protocol: 'HBONE', ...(allowedRoutes ? { allowedRoutes } : {}) },
    ],
  },
});

export const seedEdgeCases = async (
  api: Api,
  runtime: Runtime,
  setZtunnelReady: (node: string, ready: boolean) => void,
): Promise<void> => {
  const podsType = api.registry.byKind('', 'Pod');
  seedObject(api, namespace('infra'));
  seedObject(api, waypoint('open-wp', { namespaces: { from: 'All' } }));
  seedObject(api, waypoint('closed-wp'));
  seedObject(api, namespace('edge', AMBIENT));
  seedObject(api, deployment('edge', { name: 'web', image: IMAGE, port: 8080 }));
  const legacy = deployment('edge', {
    name: 'legacy',
    image: IMAGE,
    labels: { 'networking.istio.io/tunnel': 'http', 'security.istio.io/tlsMode': 'istio' },
  });
  const tmeta = (legacy.spec as { template: { metadata: Record<string, unknown> } }).template
    .metadata;
  tmeta.annotations = { 'sidecar.istio.io/status': '{"containers":["istio-proxy"]}' };
  seedObject(api, legacy);
  seedObject(api, pod('edge', 'host-agent', { hostNetwork: true }));
  seedObject(
    api,
    pod('edge', 'empty-wp', {}, { labels: { app: 'empty-wp', 'istio.io/use-waypoint': '' } }),
  );
  seedObject(api, pod('edge', 'unplaced', { nodeSelector: { 'example.com/no-such-node': 'x' } }));
  seedObject(api, pod('edge', 'batch-done', { restartPolicy: 'Never' }));
  await runtime.settle();
  if (podsType)
    api.mutate(
      podsType,
      'edge',
      'batch-done',
      (o) => {
        const st = o.status as Record<string, unknown>;
        o.status = {
          ...st,
          phase: 'Succeeded',
          conditions: [{ type: 'Ready', status: 'False', reason: 'PodCompleted' }],
        };
      },
      'status',
    );
  for (const [name, wp] of [
    ['tenant-a', 'open-wp'],
    ['tenant-b', 'closed-wp'],
  ]) {
    seedObject(
      api,
      namespace(name, {
        ...AMBIENT,
        'istio.io/use-waypoint': wp,
        'istio.io/use-waypoint-namespace': 'infra',
      }),
    );
    seedObject(api, deployment(name, { name: 'app', image: IMAGE, port: 8080 }));
    seedObject(api, service(name, 'app', 8080, { app: 'app' }));
  }
  await runtime.settle();
  setZtunnelReady(EDGE_NODE_DOWN, false);
  await runtime.settle();
  seedObject(api, pod('edge', 'late', { nodeName: EDGE_NODE_DOWN }));
  await runtime.settle();
};
