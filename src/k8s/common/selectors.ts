import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { Condition } from './types';

type WithConditions = { status?: { conditions?: Condition[] } };

export const getName = (obj?: K8sResourceCommon): string => obj?.metadata?.name ?? '';
export const getNamespace = (obj?: K8sResourceCommon): string => obj?.metadata?.namespace ?? '';
export const getLabels = (obj?: K8sResourceCommon): Record<string, string> =>
  obj?.metadata?.labels ?? {};
export const getLabel = (obj: K8sResourceCommon | undefined, key: string): string | undefined =>
  obj?.metadata?.labels?.[key];
export const getAnnotation = (
  obj: K8sResourceCommon | undefined,
  key: string,
): string | undefined => obj?.metadata?.annotations?.[key];

export const getConditions = (obj?: WithConditions): Condition[] => obj?.status?.conditions ?? [];
export const getCondition = (
  obj: WithConditions | undefined,
  type: string,
): Condition | undefined => getConditions(obj).find((c) => c.type === type);
export const isConditionTrue = (obj: WithConditions | undefined, type: string): boolean =>
  getCondition(obj, type)?.status === 'True';
