import { isConditionTrue } from '../common/selectors';
import { NODE_ROLE_LABEL_PREFIX, type NodeKind } from './types';

/** The node's Ready condition is True. */
export const isNodeReady = (node?: NodeKind): boolean => isConditionTrue(node, 'Ready');

export const isNodeSchedulable = (node?: NodeKind): boolean => node?.spec?.unschedulable !== true;

export const getNodeInternalIP = (node?: NodeKind): string | undefined =>
  node?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;

/** Roles from `node-role.kubernetes.io/<role>` labels, sorted. */
export const getNodeRoles = (node?: NodeKind): string[] =>
  Object.keys(node?.metadata?.labels ?? {})
    .filter((k) => k.startsWith(NODE_ROLE_LABEL_PREFIX))
    .map((k) => k.slice(NODE_ROLE_LABEL_PREFIX.length))
    .sort();
