/**
 * L7 authorization in bookinfo (the `ambient` scenario), as istio.io's ambient guides write it:
 * - `ratings-get-only`: bound to the ratings pods by selector, with an HTTP method rule and no
 *   waypoint: ztunnel cannot check it (docs/ambient/usage/l4-policy)
 * - `reviews-viewer`: bound by targetRefs to the reviews Service, which a service waypoint
 *   (`reviews-waypoint`, as `istioctl waypoint apply -n bookinfo --name reviews-waypoint`) serves
 */
import type { Api } from '../api/core';
import type { Runtime } from '../controllers/runtime';
import { seedObject } from './seed';

const NS = 'bookinfo';

export const seedPolicies = async (api: Api, runtime: Runtime): Promise<void> => {
  seedObject(api, {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: {
      name: 'reviews-waypoint',
      namespace: NS,
      labels: { 'istio.io/waypoint-for': 'service' },
    },
    spec: {
      gatewayClassName: 'istio-waypoint',
      listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
    },
  });
  const svc = api.registry.byKind('', 'Service');
  if (svc) {
    api.mutate(svc, NS, 'reviews', (o) => {
      o.metadata.labels = { ...o.metadata.labels, 'istio.io/use-waypoint': 'reviews-waypoint' };
    });
  }
  seedObject(api, {
    apiVersion: 'security.istio.io/v1',
    kind: 'AuthorizationPolicy',
    metadata: { name: 'ratings-get-only', namespace: NS },
    spec: {
      selector: { matchLabels: { app: 'ratings' } },
      action: 'ALLOW',
      rules: [
        {
          from: [{ source: { principals: [`cluster.local/ns/${NS}/sa/bookinfo-reviews`] } }],
          to: [{ operation: { methods: ['GET'] } }],
        },
      ],
    },
  });
  seedObject(api, {
    apiVersion: 'security.istio.io/v1',
    kind: 'AuthorizationPolicy',
    metadata: { name: 'reviews-viewer', namespace: NS },
    spec: {
      targetRefs: [{ kind: 'Service', group: '', name: 'reviews' }],
      action: 'ALLOW',
      rules: [{ to: [{ operation: { methods: ['GET'], paths: ['/reviews/*'] } }] }],
    },
  });
  await runtime.settle();
};
