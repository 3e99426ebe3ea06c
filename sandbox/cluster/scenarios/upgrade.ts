/**
 * The `upgrade` and `upgrade-revisions` scenarios: the Service Mesh 3.2 operator (the 1.27-line
 * CRDs, ZTunnel `v1`) over an ambient install a 3.1 cluster left at Istio 1.26 (v1.26.8, the newest
 * 1.26 release the 1.27-line CRD lists): Istio (profile ambient, discovery selectors,
 * trustedZtunnelNamespace), IstioCNI and ZTunnel at v1.26.8 and Healthy, their pods on 1.26 images;
 * bookinfo enrolled and captured, with a `waypoint` (Programmed) used by the namespace.
 * `upgrade` has an InPlace Istio `default`; `upgrade-revisions` a RevisionBased one (revision
 * `default-v1-26-8`) with an IstioRevisionTag `default`, the ZTunnel dialing that revision, and a
 * sidecar namespace (`istio.io/rev=default`) whose Deployment's pods the 1.26 revision injected.
 */
import type { Api } from '../api/core';
import type { KObj } from '../api/types';
import type { Runtime } from '../controllers/runtime';
import { deployment, namespace, seedObject } from './seed';

export const UPGRADE_FROM = 'v1.26.8';
const SAIL = 'sailoperator.io/v1';
const DISCOVERY = { 'istio-discovery': 'enabled' };

export const upgradeCrs = (revisionBased: boolean) => ({
  istio: {
    apiVersion: SAIL,
    kind: 'Istio',
    metadata: { name: 'default' },
    spec: {
      namespace: 'istio-system',
      profile: 'ambient',
      version: UPGRADE_FROM,
      updateStrategy: revisionBased
        ? { type: 'RevisionBased', inactiveRevisionDeletionGracePeriodSeconds: 30 }
        : { type: 'InPlace' },
      values: {
        pilot: { trustedZtunnelNamespace: 'ztunnel' },
        meshConfig: { discoverySelectors: [{ matchLabels: DISCOVERY }] },
      },
    },
  },
  cni: {
    apiVersion: SAIL,
    kind: 'IstioCNI',
    metadata: { name: 'default' },
    spec: { namespace: 'istio-cni', profile: 'ambient', version: UPGRADE_FROM },
  },
  ztunnel: {
    apiVersion: SAIL,
    kind: 'ZTunnel',
    metadata: { name: 'default' },
    spec: {
      namespace: 'ztunnel',
      version: UPGRADE_FROM,
      ...(revisionBased
        ? { values: { ztunnel: { revision: `default-${UPGRADE_FROM.replace(/\./g, '-')}` } } }
        : {}),
    },
  },
});

const waypoint = (ns: string): KObj => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { name: 'waypoint', namespace: ns, labels: { 'istio.io/waypoint-for': 'service' } },
  spec: {
    gatewayClassName: 'istio-waypoint',
    listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
  },
});

const label = (api: Api, name: string, labels: Record<string, string>): void => {
  const type = api.registry.byKind('', 'Namespace');
  if (type)
    api.mutate(type, '', name, (o) => (o.metadata.labels = { ...o.metadata.labels, ...labels }));
};

/** Installs the 1.26 control plane and data plane, in the order the documentation gives. */
export const installUpgradeFrom = async (
  api: Api,
  runtime: Runtime,
  revisionBased: boolean,
): Promise<void> => {
  for (const ns of ['istio-system', 'istio-cni', 'ztunnel'])
    seedObject(api, namespace(ns, DISCOVERY));
  const crs = upgradeCrs(revisionBased);
  seedObject(api, crs.istio);
  await runtime.settle();
  if (revisionBased)
    seedObject(api, {
      apiVersion: SAIL,
      kind: 'IstioRevisionTag',
      metadata: { name: 'default' },
      spec: { targetRef: { kind: 'Istio', name: 'default' } },
    });
  seedObject(api, crs.cni);
  await runtime.settle();
  seedObject(api, crs.ztunnel);
  await runtime.settle();
};

/** bookinfo enrolled with its waypoint; with revisions, a sidecar namespace on the old revision. */
export const seedUpgradeWorkloads = async (
  api: Api,
  runtime: Runtime,
  revisionBased: boolean,
): Promise<void> => {
  label(api, 'bookinfo', {
    ...DISCOVERY,
    'istio.io/dataplane-mode': 'ambient',
    'istio.io/use-waypoint': 'waypoint',
  });
  seedObject(api, waypoint('bookinfo'));
  await runtime.settle();
  if (!revisionBased) return;
  // Created after the 1.26 revision is up: its webhook (through the tag) injects the pods.
  seedObject(api, namespace('sidecar-app', { ...DISCOVERY, 'istio.io/rev': 'default' }));
  seedObject(
    api,
    deployment('sidecar-app', { name: 'legacy', image: 'quay.io/example/legacy:1.0', port: 8080 }),
  );
  await runtime.settle();
};
