import type { Resource } from '../common/types';
import type { WorkloadSpecCommon } from '../common/workload';

// k8s.io/api apps/v1 DaemonSetSpec, DaemonSetStatus

export type DaemonSetSpec = WorkloadSpecCommon & {
  updateStrategy?: { type?: 'RollingUpdate' | 'OnDelete' };
};

export type DaemonSetStatus = {
  observedGeneration?: number;
  desiredNumberScheduled?: number;
  currentNumberScheduled?: number;
  updatedNumberScheduled?: number;
  numberReady?: number;
  numberAvailable?: number;
};

export type DaemonSetKind = Resource<DaemonSetSpec, DaemonSetStatus>;
