/**
 * Objects for the topology's unit tests and benchmark: small builders, and a generated cluster
 * of any size.
 */
import type { GatewayKind } from '../k8s/gateway/types';
import type { NamespaceKind } from '../k8s/namespace/types';
import type { NodeKind } from '../k8s/node/types';
import type { PodKind } from '../k8s/pod/types';
import type { TopologyInput } from '../mesh/topology/types';

type Labels = Record<string, string>;

export const ns = (name: string, labels: Labels = {}): NamespaceKind => ({
  metadata: { name, uid: `ns-${name}`, labels },
});

export const node = (name: string, ready = true): NodeKind => ({
  metadata: { name, uid: `node-${name}` },
  status: { conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});

export type PodOpts = {
  node?: string;
  labels?: Labels;
  annotations?: Labels;
  /** Defaults to an address derived from the name; null for a pod without an IP yet. */
  ip?: string | null;
  hostNetwork?: boolean;
  ready?: boolean;
};

const ipOf = (key: string): string => {
  let h = 0;
  for (const c of key) h = (h * 31 + c.charCodeAt(0)) % 65000;
  return `10.200.${Math.floor(h / 250)}.${(h % 250) + 2}`;
};

export const pod = (namespace: string, name: string, o: PodOpts = {}): PodKind => {
  const ip = o.ip === undefined ? ipOf(`${namespace}/${name}`) : o.ip;
  return podWithIp(namespace, name, o, ip ?? undefined);
};

const podWithIp = (namespace: string, name: string, o: PodOpts, ip?: string): PodKind => ({
  metadata: {
    name,
    namespace,
    uid: `${namespace}-${name}`,
    labels: o.labels ?? {},
    annotations: o.annotations ?? {},
  },
  spec: { nodeName: o.node, hostNetwork: o.hostNetwork, containers: [{ name: 'c' }] },
  status: {
    phase: 'Running',
    podIP: ip,
    podIPs: ip ? [{ ip }] : undefined,
    conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True' }],
  },
});

export const captured = { 'ambient.istio.io/redirection': 'enabled' };

export const ztunnelPod = (nodeName: string, ready = true, namespace = 'ztunnel'): PodKind =>
  pod(namespace, `ztunnel-${nodeName}`, {
    node: nodeName,
    labels: { app: 'ztunnel', 'istio.io/dataplane-mode': 'none' },
    ready,
  });

export const waypoint = (
  namespace: string,
  name: string,
  forType?: string,
  address = true,
): GatewayKind => ({
  metadata: {
    name,
    namespace,
    uid: `gw-${namespace}-${name}`,
    labels: forType ? { 'istio.io/waypoint-for': forType } : {},
  },
  spec: {
    gatewayClassName: 'istio-waypoint',
    listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
  },
  status: address ? { addresses: [{ value: '172.30.0.10' }] } : {},
});

export type ClusterSize = { nodes: number; namespaces: number; pods: number };

/**
 * A cluster like the `large` scenario: every node with a ztunnel (one not ready), half the
 * namespaces in ambient, a waypoint in every tenth namespace, and a mix of pod states.
 */
export const generateCluster = ({
  nodes: n,
  namespaces: m,
  pods: p,
}: ClusterSize): TopologyInput => {
  const nodes = Array.from({ length: n }, (_, i) => node(`worker-${i}`));
  const ztunnelPods = nodes.map((nd, i) => ztunnelPod(nd.metadata?.name ?? '', i !== 1));
  const namespaces: NamespaceKind[] = [];
  const gateways: GatewayKind[] = [];
  for (let i = 0; i < m; i += 1) {
    const name = `tenant-${i}`;
    const labels: Labels = { 'istio-discovery': 'enabled' };
    if (i % 2 === 0) labels['istio.io/dataplane-mode'] = 'ambient';
    if (i % 10 === 0) {
      labels['istio.io/use-waypoint'] = 'waypoint';
      gateways.push(waypoint(name, 'waypoint', i % 20 === 0 ? 'all' : undefined));
    }
    namespaces.push(ns(name, labels));
  }
  const pods: PodKind[] = [];
  for (let i = 0; i < p; i += 1) {
    const nsIndex = i % m;
    const nodeName = `worker-${(i * 7) % n}`;
    const ambientNs = nsIndex % 2 === 0;
    const labels: Labels = { app: `app-${i % 50}` };
    const annotations: Labels = {};
    if (i % 97 === 0) labels['istio.io/dataplane-mode'] = 'none';
    else if (ambientNs && i % 89 !== 0) annotations['ambient.istio.io/redirection'] = 'enabled';
    if (i % 101 === 0) annotations['sidecar.istio.io/status'] = '{}';
    const ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    pods.push(pod(`tenant-${nsIndex}`, `pod-${i}`, { node: nodeName, labels, annotations, ip }));
  }
  return {
    pods: [...pods, ...ztunnelPods],
    nodes,
    namespaces: [...namespaces, ns('ztunnel')],
    ztunnelPods,
    gateways,
    discoverySelectors: [{ matchLabels: { 'istio-discovery': 'enabled' } }],
    ztunnelNamespace: 'ztunnel',
  };
};
