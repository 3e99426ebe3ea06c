/**
 * L7 authorization in bookinfo (the `ambient` scenario), as istio.io's ambient guides write it.
 * bookinfo has no waypoint, so ztunnel cannot check either policy until one is added (as
 * `istioctl waypoint apply -n bookinfo --enroll-namespace` does; docs/ambient/usage/l4-policy):
 * - `ratings-get-only`: bound to the ratings pods by selector, with an HTTP method rule; a
 *   waypoint never enforces a selector-bound policy
 * - `reviews-viewer`: bound by targetRefs to the reviews Service; the namespace's waypoint, once
 *   there, serves that Service and enforces it
 */
import type { Api } from '../api/core';
import type { Runtime } from '../controllers/runtime';
import { seedObject } from './seed';

const NS = 'bookinfo';

export const seedPolicies = async (api: Api, runtime: Runtime): Promise<void> => {
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
