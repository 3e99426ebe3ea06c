import { isConditionTrue } from '../common/selectors';
import type { PodKind } from './types';

/** A pod is ready when it runs and its Ready condition is True. */
export const isPodReady = (pod?: PodKind): boolean =>
  pod?.status?.phase === 'Running' && isConditionTrue(pod, 'Ready');
