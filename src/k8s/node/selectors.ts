import { isConditionTrue } from '../common/selectors';
import type { NodeKind } from './types';

/** The node's Ready condition is True. */
export const isNodeReady = (node?: NodeKind): boolean => isConditionTrue(node, 'Ready');

export const isNodeSchedulable = (node?: NodeKind): boolean => node?.spec?.unschedulable !== true;
