import type { Condition } from '../../resources/common/types';
import type { NodeKind } from '../../resources/node/types';
import type { PodKind } from '../../resources/pod/types';
import type { ZtunnelState } from './types';

export type ZtunnelOnNode = { state: ZtunnelState; pod?: string };

const conditionTrue = (conditions: Condition[] | undefined, type: string): boolean =>
  (conditions ?? []).some((c) => c.type === type && c.status === 'True');

/** A pod is ready when it runs and its Ready condition is True. */
export const podIsReady = (pod: PodKind): boolean =>
  pod.status?.phase === 'Running' && conditionTrue(pod.status?.conditions, 'Ready');

/** The node's own Ready condition. */
export const nodeIsReady = (node: NodeKind): boolean =>
  conditionTrue(node.status?.conditions, 'Ready');

/**
 * The ztunnel of each node: `ready` when one of the ztunnel pods on the node is ready,
 * `not-ready` when there is one but none is ready. A node that is not in the map has none.
 */
export const indexZtunnels = (ztunnelPods: PodKind[]): Map<string, ZtunnelOnNode> => {
  const byNode = new Map<string, ZtunnelOnNode>();
  for (const pod of ztunnelPods) {
    const node = pod.spec?.nodeName;
    if (!node) continue;
    const ready = podIsReady(pod);
    const prev = byNode.get(node);
    if (!prev || (ready && prev.state !== 'ready')) {
      byNode.set(node, { state: ready ? 'ready' : 'not-ready', pod: pod.metadata?.name });
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
