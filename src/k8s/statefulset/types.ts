import type { Resource } from '../common/types';
import type { WorkloadSpecCommon } from '../common/workload';

// k8s.io/api apps/v1 StatefulSetSpec, StatefulSetStatus

export type StatefulSetSpec = WorkloadSpecCommon & {
  replicas?: number;
  updateStrategy?: {
    type?: 'RollingUpdate' | 'OnDelete';
    rollingUpdate?: { partition?: number };
  };
};

export type StatefulSetStatus = {
  observedGeneration?: number;
  replicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  updatedReplicas?: number;
  currentRevision?: string;
  updateRevision?: string;
};

export type StatefulSetKind = Resource<StatefulSetSpec, StatefulSetStatus>;
