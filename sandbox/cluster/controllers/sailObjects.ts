/** The objects the Sail operator renders (istiod, istio-cni-node, ztunnel), with its labels and owners. */
import type { KObj } from '../api/types';
import { ownerRef } from './runtime';

export const MANAGED = { 'managed-by': 'sail-operator' };

/**
 * The labels every object of an Istio chart carries (`istio.labels` in the charts' _helpers.tpl,
 * 1.26/1.27 lines): the chart's name and version, its Helm release. A new version changes the pod
 * template, so the pods roll.
 */
export const chartLabels = (
  chart: string,
  name: string,
  release: string,
  version: string,
): Record<string, string> => ({
  'app.kubernetes.io/name': name,
  'app.kubernetes.io/managed-by': 'Helm',
  'app.kubernetes.io/instance': release,
  'app.kubernetes.io/part-of': 'istio',
  'app.kubernetes.io/version': version,
  'helm.sh/chart': `${chart}-${version}`,
});
const TOLERATE_ALL = [
  { effect: 'NoSchedule', operator: 'Exists' },
  { key: 'CriticalAddonsOnly', operator: 'Exists' },
  { effect: 'NoExecute', operator: 'Exists' },
];

export const daemonSet = (
  cr: KObj,
  name: string,
  namespace: string,
  selector: Record<string, string>,
  podLabels: Record<string, string>,
  image: string,
  hostNetwork: boolean,
  env: { name: string; value: string }[] = [],
  chart: Record<string, string> = {},
): KObj => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: {
    name,
    namespace,
    labels: {
      ...selector,
      ...MANAGED,
      ...chart,
      'istio.io/rev': 'default',
      'operator.istio.io/component': name === 'ztunnel' ? 'Ztunnel' : 'Cni',
    },
    ownerReferences: [ownerRef(cr)],
  },
  spec: {
    selector: { matchLabels: selector },
    // The istio-cni chart's value (1.26/1.27): one node at a time. The ztunnel chart's
    // (maxSurge 1, maxUnavailable 0) is not rendered: the DaemonSet default, one node at a time.
    ...(name === 'ztunnel'
      ? {}
      : { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } } }),
    template: {
      metadata: {
        labels: { ...selector, ...podLabels, ...chart, 'sidecar.istio.io/inject': 'false' },
        annotations: { 'sidecar.istio.io/inject': 'false' },
      },
      spec: {
        serviceAccountName: name === 'ztunnel' ? 'ztunnel' : 'istio-cni',
        hostNetwork: hostNetwork || undefined,
        priorityClassName: 'system-node-critical',
        tolerations: TOLERATE_ALL,
        containers: [
          {
            name: name === 'ztunnel' ? 'istio-proxy' : 'install-cni',
            image,
            ...(env.length ? { env } : {}),
          },
        ],
      },
    },
  },
});

/** ServiceAccount, Service and Deployment of istiod for revision `rev`, owned by its IstioRevision. */
export const istiodObjects = (
  cr: KObj,
  target: string,
  rev: string,
  depName: string,
  labels: Record<string, string>,
  tag: string,
): [string, string, KObj][] => {
  const chart = chartLabels('istiod', 'istiod', `${rev}-istiod`, tag);
  return istiodManifests(cr, target, rev, depName, { ...labels, ...chart }, tag);
};

const istiodManifests = (
  cr: KObj,
  target: string,
  rev: string,
  depName: string,
  labels: Record<string, string>,
  tag: string,
): [string, string, KObj][] => [
  [
    '',
    'serviceaccounts',
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: depName,
        namespace: target,
        labels: { ...MANAGED },
        ownerReferences: [ownerRef(cr)],
      },
    },
  ],
  [
    '',
    'services',
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: depName,
        namespace: target,
        labels: {
          app: 'istiod',
          istio: 'pilot',
          'istio.io/rev': rev,
          ...MANAGED,
          ...chartLabels('istiod', 'istiod', `${rev}-istiod`, tag),
        },
        ownerReferences: [ownerRef(cr)],
      },
      spec: {
        selector: { app: 'istiod', 'istio.io/rev': rev },
        ports: [
          { name: 'grpc-xds', port: 15010, protocol: 'TCP', targetPort: 15010 },
          { name: 'https-dns', port: 15012, protocol: 'TCP', targetPort: 15012 },
          { name: 'https-webhook', port: 443, protocol: 'TCP', targetPort: 15017 },
          { name: 'http-monitoring', port: 15014, protocol: 'TCP', targetPort: 15014 },
        ],
      },
    },
  ],
  [
    'apps',
    'deployments',
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: depName, namespace: target, labels, ownerReferences: [ownerRef(cr)] },
      spec: {
        replicas: 1,
        strategy: {
          type: 'RollingUpdate',
          rollingUpdate: { maxSurge: '100%', maxUnavailable: '25%' },
        },
        selector: { matchLabels: { app: 'istiod', 'istio.io/rev': rev } },
        template: {
          metadata: {
            labels: { ...labels, 'sidecar.istio.io/inject': 'false' },
            annotations: { 'sidecar.istio.io/inject': 'false' },
          },
          spec: {
            serviceAccountName: depName,
            containers: [
              {
                name: 'discovery',
                image: `registry.redhat.io/openshift-service-mesh/istio-pilot-rhel9:${tag}`,
                ports: [
                  { containerPort: 15010, protocol: 'TCP' },
                  { containerPort: 15017, protocol: 'TCP' },
                ],
              },
            ],
          },
        },
      },
    },
  ],
];
