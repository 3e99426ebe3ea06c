import { isConditionTrue } from '../common/selectors';
import type { PodKind } from './types';

export const getPodIP = (pod?: PodKind): string | undefined =>
  pod?.status?.podIPs?.[0]?.ip ?? pod?.status?.podIP;
export const getNodeName = (pod?: PodKind): string | undefined => pod?.spec?.nodeName;
export const isHostNetwork = (pod?: PodKind): boolean => pod?.spec?.hostNetwork === true;
export const isPodReady = (pod?: PodKind): boolean =>
  pod?.status?.phase === 'Running' && isConditionTrue(pod, 'Ready');
