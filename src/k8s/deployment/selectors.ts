import type { DeploymentKind } from './types';

export const getDesiredReplicas = (d?: DeploymentKind): number => d?.spec?.replicas ?? 1;
export const getReadyReplicas = (d?: DeploymentKind): number => d?.status?.readyReplicas ?? 0;
