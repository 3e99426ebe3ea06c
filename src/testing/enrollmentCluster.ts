import type { IstioKind } from '../k8s/istio/types';
/** Fixtures for the enrollment views' unit tests: a small cluster served through the SDK mocks. */
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import type { GatewayKind } from '../k8s/gateway/types';
import type { NamespaceKind } from '../k8s/namespace/types';
import type { PodKind } from '../k8s/pod/types';
import * as objects from './objects';
import { answerWatches, notServedAnswer, switchedOffAnswer, type WatchAnswer } from './watch';

/** A namespace as the API serves it: with its name label and a resourceVersion. */
export const ns = (name: string, labels: Record<string, string> = {}): NamespaceKind => {
  const base = objects.ns(name, { 'kubernetes.io/metadata.name': name, ...labels });
  return { ...base, kind: 'Namespace', metadata: { ...base.metadata, resourceVersion: '1' } };
};

/** A running, ready pod with its own data plane label and the CNI agent's annotation. */
export const pod = (
  name: string,
  namespace: string,
  opts: { mode?: string; captured?: boolean; node?: string } = {},
): PodKind => {
  const base = objects.pod(namespace, name, {
    node: opts.node ?? 'node-1',
    labels: opts.mode ? { 'istio.io/dataplane-mode': opts.mode } : {},
    annotations: opts.captured ? objects.captured : {},
  });
  return { ...base, metadata: { ...base.metadata, resourceVersion: '1' } };
};

export type Cluster = {
  namespaces: NamespaceKind[];
  pods: PodKind[];
  gateways?: GatewayKind[];
  /** The Istio CRs when installed (default: one InPlace Istio named `default`). */
  istios?: IstioKind[];
  installed?: boolean;
};

/** What the API server answers a list it refuses to the user. */
const REFUSED: WatchAnswer = [undefined, false, { code: 403 }];

/**
 * Serves each watch of the views from `cluster`, by kind (and namespace for pods). `allowed:
 * false` is a namespace owner: every access review refuses, and the server refuses the
 * cluster-wide lists (the Namespace list, all pods); their projects list their namespaces.
 */
export const serve = (cluster: Cluster, allowed = true): void => {
  jest.mocked(useAccessReview).mockReturnValue([allowed, false]);
  answerWatches((r) => {
    if (!r) return switchedOffAnswer();
    const kind = r.groupVersionKind?.kind;
    const installed = cluster.installed !== false;
    switch (kind) {
      case 'Namespace':
      case 'Project':
        if (kind === 'Namespace' && !allowed && !r.name) return REFUSED;
        if (r.name)
          return [cluster.namespaces.find((n) => n.metadata?.name === r.name), true, undefined];
        return [cluster.namespaces, true, undefined];
      case 'Pod': {
        if (r.selector?.matchLabels?.app === 'ztunnel') {
          return [
            installed
              ? [{ ...pod('zt', 'ztunnel'), spec: { containers: [], nodeName: 'node-1' } }]
              : [],
            true,
            undefined,
          ];
        }
        if (!allowed && !r.namespace) return REFUSED;
        const list = cluster.pods.filter(
          (p) => !r.namespace || p.metadata?.namespace === r.namespace,
        );
        return [list, true, undefined];
      }
      case 'Gateway':
        return [cluster.gateways ?? [], true, undefined];
      case 'Istio':
        return [
          installed ? (cluster.istios ?? [{ metadata: { name: 'default' }, spec: {} }]) : [],
          true,
          undefined,
        ];
      case 'ZTunnel':
        // Sail 3.1: ZTunnel is served as v1alpha1 only
        if (r.groupVersionKind?.version !== 'v1alpha1') return notServedAnswer();
        return [
          installed ? [{ metadata: { name: 'default' }, spec: { namespace: 'ztunnel' } }] : [],
          true,
          undefined,
        ];
      default:
        return [[], true, undefined];
    }
  });
};
