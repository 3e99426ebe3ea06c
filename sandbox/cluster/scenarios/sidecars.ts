/**
 * The `sidecars` scenario: `ambient` plus namespaces that still run sidecars, as before a move to
 * ambient. `travel` (`istio-injection=enabled`): Deployments `frontend` (2 replicas), `catalog-v1`
 * and `catalog-v2` (1 each), StatefulSet `bookings-db` (2), their Services, a VirtualService routing
 * `end-user: jason` to catalog v2, a DestinationRule with the v1/v2 subsets and an L7
 * AuthorizationPolicy (HTTP methods) on catalog. `legacy` (`istio.io/rev=default`): Deployment
 * `inventory`. Their pods are created by the controllers, so istiod's webhook injects them.
 */
import type { Api } from '../api/core';
import type { KObj } from '../api/types';
import type { Runtime } from '../controllers/runtime';
import { deployment, namespace, seedObject, service, serviceAccount } from './seed';

const TRAVEL = 'travel';
const LEGACY = 'legacy';
const image = (app: string, tag = '1.0') => `quay.io/example/travel-${app}:${tag}`;

const statefulSet = (ns: string, name: string, replicas: number): KObj => {
  const labels = { app: name, version: 'v1' };
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, namespace: ns, labels },
    spec: {
      replicas,
      serviceName: name,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: name,
          containers: [
            {
              name: 'db',
              image: image('db', '15'),
              ports: [{ containerPort: 5432, protocol: 'TCP' }],
            },
          ],
        },
      },
    },
  };
};

const headless = (ns: string, name: string, port: number): KObj => {
  const svc = service(ns, name, port, { app: name });
  return { ...svc, spec: { ...svc.spec, clusterIP: 'None' } };
};

const routing = (ns: string): KObj[] => [
  {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { name: 'catalog', namespace: ns },
    spec: {
      hosts: ['catalog'],
      http: [
        {
          name: 'jason-to-v2',
          match: [{ headers: { 'end-user': { exact: 'jason' } } }],
          route: [{ destination: { host: 'catalog', subset: 'v2' } }],
        },
        { name: 'default', route: [{ destination: { host: 'catalog', subset: 'v1' } }] },
      ],
    },
  },
  {
    apiVersion: 'networking.istio.io/v1',
    kind: 'DestinationRule',
    metadata: { name: 'catalog', namespace: ns },
    spec: {
      host: 'catalog',
      trafficPolicy: { tls: { mode: 'ISTIO_MUTUAL' } },
      subsets: [
        { name: 'v1', labels: { version: 'v1' } },
        { name: 'v2', labels: { version: 'v2' } },
      ],
    },
  },
  {
    apiVersion: 'security.istio.io/v1',
    kind: 'AuthorizationPolicy',
    metadata: { name: 'catalog-readers', namespace: ns },
    spec: {
      selector: { matchLabels: { app: 'catalog' } },
      action: 'ALLOW',
      rules: [
        {
          from: [{ source: { principals: [`cluster.local/ns/${ns}/sa/frontend`] } }],
          to: [{ operation: { methods: ['GET', 'HEAD'] } }],
        },
      ],
    },
  },
];

export const seedSidecars = async (api: Api, runtime: Runtime): Promise<void> => {
  seedObject(api, namespace(TRAVEL, { 'istio-injection': 'enabled' }));
  seedObject(api, namespace(LEGACY, { 'istio.io/rev': 'default' }));
  for (const sa of ['frontend', 'catalog', 'bookings-db'])
    seedObject(api, serviceAccount(TRAVEL, sa));
  seedObject(api, serviceAccount(LEGACY, 'inventory'));
  const apps: [string, string, number, string][] = [
    ['frontend', 'v1', 2, 'frontend'],
    ['catalog-v1', 'v1', 1, 'catalog'],
    ['catalog-v2', 'v2', 1, 'catalog'],
  ];
  for (const [name, version, replicas, sa] of apps)
    seedObject(
      api,
      deployment(TRAVEL, { name, version, replicas, sa, port: 8080, image: image(sa, version) }),
    );
  seedObject(api, statefulSet(TRAVEL, 'bookings-db', 2));
  seedObject(api, service(TRAVEL, 'frontend', 8080, { app: 'frontend' }));
  seedObject(api, service(TRAVEL, 'catalog', 8080, { app: 'catalog' }));
  seedObject(api, headless(TRAVEL, 'bookings-db', 5432));
  for (const o of routing(TRAVEL)) seedObject(api, o);
  seedObject(
    api,
    deployment(LEGACY, {
      name: 'inventory',
      version: 'v1',
      sa: 'inventory',
      port: 8080,
      image: image('inventory'),
    }),
  );
  seedObject(api, service(LEGACY, 'inventory', 8080, { app: 'inventory' }));
  await runtime.settle();
};
