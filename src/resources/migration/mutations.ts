import {
  k8sPatch,
  type K8sModel,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { DaemonSetModel, DeploymentModel, StatefulSetModel } from '../../models';
import { restartPatch } from '../../mesh/migration/rollout';
import type { Workload, WorkloadKindName } from '../../mesh/migration/types';

export const WORKLOAD_MODELS: Record<WorkloadKindName, K8sModel> = {
  Deployment: DeploymentModel,
  StatefulSet: StatefulSetModel,
  DaemonSet: DaemonSetModel,
};

/**
 * `kubectl rollout restart`: the pod template's `kubectl.kubernetes.io/restartedAt` set to `now`
 * with one JSON patch. Resolves to the workload's new generation.
 */
export const restartWorkload = async (w: Workload, now: string): Promise<number> => {
  const resource = {
    metadata: { name: w.obj.metadata?.name, namespace: w.obj.metadata?.namespace },
  };
  const out = await k8sPatch<K8sResourceCommon>({
    model: WORKLOAD_MODELS[w.kind],
    resource,
    data: restartPatch(w, now),
  });
  return out?.metadata?.generation ?? 0;
};
