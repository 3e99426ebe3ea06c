/** A small ambient install as the uninstall sees it, for the tests beside this file. */
import { ns, pod, waypoint, ztunnelPod } from './objects';
import type { AnyObject, UninstallInput } from '../mesh/uninstall/types';

const owned = (kind: string, namespace: string, name: string, owner: AnyObject): AnyObject => ({
  kind,
  metadata: {
    name,
    namespace,
    uid: `${kind}-${namespace}-${name}`,
    ownerReferences: [
      {
        apiVersion: owner.apiVersion ?? 'apps/v1',
        kind: owner.kind ?? '',
        name: owner.metadata?.name ?? '',
        uid: owner.metadata?.uid ?? '',
        controller: true,
      },
    ],
  },
});

export const istio = {
  apiVersion: 'sailoperator.io/v1',
  kind: 'Istio',
  metadata: { name: 'default', uid: 'istio-uid' },
  spec: {
    namespace: 'istio-system',
    values: {
      meshConfig: { discoverySelectors: [{ matchLabels: { 'istio-discovery': 'enabled' } }] },
    },
  },
};
const cni = {
  apiVersion: 'sailoperator.io/v1',
  kind: 'IstioCNI',
  metadata: { name: 'default', uid: 'cni-uid' },
  spec: { namespace: 'istio-cni' },
};
const zt = {
  apiVersion: 'sailoperator.io/v1alpha1',
  kind: 'ZTunnel',
  metadata: { name: 'default', uid: 'zt-uid' },
  spec: { namespace: 'ztunnel' },
};

const ztDs = owned('DaemonSet', 'ztunnel', 'ztunnel', zt);
const istiod = owned('Deployment', 'istio-system', 'istiod', istio);
const istiodRs = owned('ReplicaSet', 'istio-system', 'istiod-abc', {
  ...istiod,
  kind: 'Deployment',
});
const istiodPod = {
  ...owned('Pod', 'istio-system', 'istiod-abc-1', { ...istiodRs, kind: 'ReplicaSet' }),
  metadata: {
    ...owned('Pod', 'istio-system', 'istiod-abc-1', { ...istiodRs, kind: 'ReplicaSet' }).metadata,
    labels: { app: 'istiod' },
  },
};
const ztPod: AnyObject = {
  ...ztunnelPod('worker-0'),
  kind: 'Pod',
  metadata: {
    ...ztunnelPod('worker-0').metadata,
    ownerReferences: [
      { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'ztunnel', uid: ztDs.metadata?.uid ?? '' },
    ],
  },
};
const discovery = { 'istio-discovery': 'enabled' };

/** bookinfo enrolled with a waypoint and a use-waypoint label; one pod opted out. */
export const ambientInput = (): UninstallInput => ({
  namespaces: [
    ns('istio-system', discovery),
    ns('istio-cni', discovery),
    ns('ztunnel', discovery),
    ns('bookinfo', {
      'istio.io/dataplane-mode': 'ambient',
      'istio.io/use-waypoint': 'waypoint',
      ...discovery,
    }),
    ns('other'),
  ],
  pods: [
    pod('bookinfo', 'reviews-1', { labels: { app: 'reviews' } }),
    pod('bookinfo', 'ratings-1', { labels: { 'istio.io/dataplane-mode': 'none' } }),
    pod('other', 'solo', { labels: { 'istio.io/dataplane-mode': 'ambient' } }),
    pod('bookinfo', 'waypoint-1', {
      labels: {
        'gateway.networking.k8s.io/gateway-name': 'waypoint',
        'istio.io/dataplane-mode': 'none',
      },
    }),
    ztunnelPod('worker-0'),
  ],
  services: [
    {
      metadata: {
        name: 'reviews',
        namespace: 'bookinfo',
        uid: 'svc-reviews',
        labels: { 'istio.io/use-waypoint': 'waypoint' },
      },
    },
  ],
  gateways: [
    waypoint('bookinfo', 'waypoint'),
    { ...waypoint('bookinfo', 'ingress'), spec: { gatewayClassName: 'istio', listeners: [] } },
  ],
  istios: [istio],
  istioCNIs: [cni],
  ztunnels: [zt],
  revisionTags: [],
  revisions: [],
  systemObjects: [
    ztDs,
    ztPod,
    istiod,
    istiodRs,
    istiodPod,
    {
      kind: 'ConfigMap',
      metadata: { name: 'kube-root-ca.crt', namespace: 'istio-cni', uid: 'cm1' },
    },
    {
      kind: 'ConfigMap',
      metadata: { name: 'istio-ca-root-cert', namespace: 'istio-system', uid: 'cm2' },
    },
    {
      kind: 'ServiceAccount',
      metadata: {
        name: 'istio-cni',
        namespace: 'istio-cni',
        uid: 'sa1',
        labels: { 'managed-by': 'sail-operator' },
      },
    },
  ],
});
