import type { Resource } from '../common/types';
import type { WorkloadSpecCommon } from '../common/workload';

// k8s.io/api apps/v1 DeploymentSpec, DeploymentStatus

export type DeploymentSpec = WorkloadSpecCommon & { replicas?: number; paused?: boolean };

export type DeploymentStatus = {
  observedGeneration?: number;
  replicas?: number;
  updatedReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  conditions?: { type: string; status: string; reason?: string; message?: string }[];
};

export type DeploymentKind = Resource<DeploymentSpec, DeploymentStatus>;
