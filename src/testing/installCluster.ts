/** A fake cluster behind the mocked `useK8sWatchResource`, for the wizard's and overview's tests. */
import * as React from 'react';
import {
  k8sCreate,
  k8sGet,
  type K8sResourceCommon,
  type WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { answerWatches, implement, switchedOffAnswer } from './watch';
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
    if (!res) return switchedOffAnswer();
    const kind = res.groupVersionKind?.kind ?? '';
    if (kind === 'CustomResourceDefinition') {
      const crd = cluster.crds[res.name ?? ''];
      return crd ? [crd, true, undefined] : [undefined, false, { code: 404, json: { code: 404 } }];
    }
    if (res.isList) return [cluster.lists[kind] ?? [], true, undefined];
    const one = cluster.singletons[kind];
    return one ? [one, true, undefined] : [undefined, false, { code: 404 }];
  };

/** A failed request as the console SDK rejects it: an Error with the API server's `Status`. */
export const apiError = (code: number, reason: string, message: string) =>
  Object.assign(new Error(message), {
    json: { kind: 'Status', status: 'Failure', code, reason, message },
  });

const get = jest.mocked(k8sGet);
const create = jest.mocked(k8sCreate);

export const readyStatus = {
  conditions: [
    { type: 'Reconciled', status: 'True' },
    { type: 'Ready', status: 'True' },
  ],
};

/**
 * Serves the watches and the writes from `cluster`: a get fails with NotFound until the object is
 * created, a second create with AlreadyExists (as the API server's `Status`); the operator makes a
 * created CR Ready at once, or never for the kind `neverReady`.
 */
export const serveWrites = (cluster: FakeCluster, opts: { neverReady?: string } = {}) => {
  const made = new Map<string, K8sResourceCommon>(
    (cluster.lists.Namespace as K8sResourceCommon[]).map((n) => [
      `Namespace/${n.metadata?.name}`,
      n,
    ]),
  );
  answerWatches(watchFrom(cluster));
  implement(get, async ({ model, name }) => {
    const obj = made.get(`${model.kind}/${name}`);
    if (!obj) throw apiError(404, 'NotFound', `${model.kind} "${name}" not found`);
    return obj;
  });
  implement(create, async ({ model, data, queryParams }) => {
    if (queryParams) return data;
    const id = `${model.kind}/${data.metadata?.name}`;
    if (made.has(id))
      throw apiError(409, 'AlreadyExists', `${model.kind} "${data.metadata?.name}" already exists`);
    made.set(id, data);
    if (model.kind !== 'Namespace') {
      const status =
        model.kind === opts.neverReady
          ? { conditions: [{ type: 'Ready', status: 'False', reason: 'DaemonSetNotReady' }] }
          : readyStatus;
      changeCluster(cluster, (c) => {
        c.lists[model.kind] = [...(c.lists[model.kind] ?? []), { ...data, status }];
      });
    }
    return data;
  });
  return made;
};
