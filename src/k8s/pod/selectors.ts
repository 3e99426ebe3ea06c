import type { Condition } from '../common/types';
import type { NodeKind } from '../node/types';
import type { PodKind } from './types';

const conditionTrue = (conditions: Condition[] | undefined, type: string): boolean =>
  (conditions ?? []).some((c) => c.type === type && c.status === 'True');

/** A pod is ready when it runs and its Ready condition is True. */
export const podIsReady = (pod: PodKind): boolean =>
  pod.status?.phase === 'Running' && conditionTrue(pod.status?.conditions, 'Ready');

/** The node's own Ready condition. */
export const nodeIsReady = (node: NodeKind): boolean =>
  conditionTrue(node.status?.conditions, 'Ready');
