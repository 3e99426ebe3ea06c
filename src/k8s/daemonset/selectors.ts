import type { DaemonSetKind } from './types';

export const getDesiredPods = (ds?: DaemonSetKind): number =>
  ds?.status?.desiredNumberScheduled ?? 0;
export const getReadyPods = (ds?: DaemonSetKind): number => ds?.status?.numberReady ?? 0;
