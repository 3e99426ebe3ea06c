import type { PodKind } from '../../k8s/pod/types';
import { isPodReady } from '../../k8s/pod/selectors';
import type { ZtunnelState } from './types';
import { getName } from '../../k8s/common/selectors';

export type ZtunnelOnNode = { state: ZtunnelState; pod?: string };

/**
 * The ztunnel of each node: `ready` when one of the ztunnel pods on the node is ready,
 * `not-ready` when there is one but none is ready. A node that is not in the map has none.
 */
export const indexZtunnels = (ztunnelPods: PodKind[]): Map<string, ZtunnelOnNode> => {
  const byNode = new Map<string, ZtunnelOnNode>();
  for (const pod of ztunnelPods) {
    const node = pod.spec?.nodeName;
    if (!node) continue;
    const ready = isPodReady(pod);
    const prev = byNode.get(node);
    if (!prev || (ready && prev.state !== 'ready')) {
      byNode.set(node, { state: ready ? 'ready' : 'not-ready', pod: getName(pod) });
    }
  }
  return byNode;
};

/** ztunnel state of a node, given the index (or `undefined` when ztunnel pods are unknown). */
export const ztunnelStateOf = (
  index: Map<string, ZtunnelOnNode> | undefined,
  node: string,
): ZtunnelOnNode => {
  if (!index || !node) return { state: 'unknown' };
  return index.get(node) ?? { state: 'missing' };
};
