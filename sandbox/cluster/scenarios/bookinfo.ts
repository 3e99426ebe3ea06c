/** The bookinfo sample application (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml). */
import type { Api } from '../api/core';
import { deployment, namespace, seedObject, service, serviceAccount, type AppSpec } from './seed';

const IMG = 'docker.io/istio/examples-bookinfo';

const APPS: AppSpec[] = [
  {
    name: 'details-v1',
    version: 'v1',
    image: `${IMG}-details-v1:1.20.3`,
    port: 9080,
    sa: 'bookinfo-details',
  },
  {
    name: 'ratings-v1',
    version: 'v1',
    image: `${IMG}-ratings-v1:1.20.3`,
    port: 9080,
    sa: 'bookinfo-ratings',
  },
  {
    name: 'reviews-v1',
    version: 'v1',
    image: `${IMG}-reviews-v1:1.20.3`,
    port: 9080,
    sa: 'bookinfo-reviews',
  },
  {
    name: 'reviews-v2',
    version: 'v2',
    image: `${IMG}-reviews-v2:1.20.3`,
    port: 9080,
    sa: 'bookinfo-reviews',
  },
  {
    name: 'reviews-v3',
    version: 'v3',
    image: `${IMG}-reviews-v3:1.20.3`,
    port: 9080,
    sa: 'bookinfo-reviews',
  },
  {
    name: 'productpage-v1',
    version: 'v1',
    image: `${IMG}-productpage-v1:1.20.3`,
    port: 9080,
    sa: 'bookinfo-productpage',
  },
];

export const seedBookinfo = (
  api: Api,
  ns = 'bookinfo',
  nsLabels: Record<string, string> = {},
): void => {
  seedObject(
    api,
    namespace(ns, nsLabels, {
      'openshift.io/display-name': 'Bookinfo',
      'openshift.io/requester': 'developer',
    }),
  );
  for (const svc of ['details', 'ratings', 'reviews', 'productpage']) {
    seedObject(api, service(ns, svc, 9080, { app: svc }));
    seedObject(api, serviceAccount(ns, `bookinfo-${svc}`, { account: svc }));
  }
  seedObject(api, serviceAccount(ns, 'default'));
  for (const a of APPS) seedObject(api, deployment(ns, a));
};
