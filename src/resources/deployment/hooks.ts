import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { DeploymentModel, gvkOf } from '../../models';
import type { LabelSelector } from '../../k8s/common/types';
import type { DeploymentKind } from '../../k8s/deployment/types';

export type DeploymentsWatch = { deployments: DeploymentKind[]; loaded: boolean; error: unknown };

/** Deployments of one namespace matching `selector`; `null` disables the watch. */
export const useDeployments = (
  namespace: string | null,
  selector?: LabelSelector,
): DeploymentsWatch => {
  const [deployments, loaded, error] = useK8sWatchResource<DeploymentKind[]>(
    namespace
      ? { groupVersionKind: gvkOf(DeploymentModel), isList: true, namespace, selector }
      : null,
  );
  return { deployments: deployments ?? [], loaded, error };
};
