/** A fake cluster behind the mocked `useK8sWatchResource`, for the wizard's and overview's tests. */
import * as React from 'react';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { loadCRD } from './crds';

export type FakeCluster = {
  crds: Record<string, unknown>;
  singletons: Record<string, unknown>;
  lists: Record<string, unknown[]>;
  listeners: Set<() => void>;
};

/** Changes the fake cluster and tells every watcher, as a watch event would. */
export const changeCluster = (cluster: FakeCluster, change: (c: FakeCluster) => void) => {
  change(cluster);
  cluster.listeners.forEach((l) => l());
};

const gatewayCRD = (name: string) => ({
  metadata: { name },
  spec: { versions: [{ name: 'v1', served: true, storage: true }] },
});

/** A fresh OpenShift 4.19 cluster with the 3.1 operator (or 3.2 with `line`). */
export const freshCluster = (
  line: 'release-1.26' | 'release-1.27' = 'release-1.26',
): FakeCluster => ({
  crds: {
    'istios.sailoperator.io': {
      ...loadCRD(line, 'istios'),
      metadata: { name: 'istios.sailoperator.io' },
    },
    'ztunnels.sailoperator.io': {
      ...loadCRD(line, 'ztunnels'),
      metadata: { name: 'ztunnels.sailoperator.io' },
    },
    'gateways.gateway.networking.k8s.io': gatewayCRD('gateways.gateway.networking.k8s.io'),
    'gatewayclasses.gateway.networking.k8s.io': gatewayCRD(
      'gatewayclasses.gateway.networking.k8s.io',
    ),
  },
  singletons: {
    ClusterVersion: { metadata: { name: 'version' }, status: { desired: { version: '4.19.3' } } },
    Network: {
      metadata: { name: 'cluster' },
      spec: { defaultNetwork: { type: 'OVNKubernetes', ovnKubernetesConfig: {} } },
    },
  },
  lists: {
    Namespace: ['default', 'bookinfo', 'openshift-operators'].map((name) => ({
      metadata: { name },
    })),
    Istio: [],
    IstioCNI: [],
    ZTunnel: [],
    ClusterServiceVersion: [],
    Pod: [],
    Node: [{ metadata: { name: 'worker-1' } }],
  },
  listeners: new Set(),
});

/** The mock implementation: `[data, loaded, error]` for a watch, as the SDK answers. */
export const watchFrom =
  (cluster: FakeCluster) =>
  (res: WatchK8sResource | null): [unknown, boolean, unknown] => {
    // Called during render in place of the SDK hook: subscribe like a watch does.
    const [, rerender] = React.useReducer((n: number) => n + 1, 0);
    React.useEffect(() => {
      cluster.listeners.add(rerender);
      return () => {
        cluster.listeners.delete(rerender);
      };
    }, []);
    if (!res) return [undefined, true, undefined];
    const kind = res.groupVersionKind?.kind ?? '';
    if (kind === 'CustomResourceDefinition') {
      const crd = cluster.crds[res.name ?? ''];
      return crd ? [crd, true, undefined] : [undefined, false, { code: 404, json: { code: 404 } }];
    }
    if (res.isList) return [cluster.lists[kind] ?? [], true, undefined];
    const one = cluster.singletons[kind];
    return one ? [one, true, undefined] : [undefined, false, { code: 404 }];
  };
