import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { ServiceModel, gvkOf } from '../../models';
import type { ServiceKind } from '../../k8s/service/types';

export type ServicesWatch = { services: ServiceKind[]; loaded: boolean; error: unknown };

/** Services of one namespace, or of all when undefined; `null` disables the watch. */
export const useServices = (namespace: string | undefined | null): ServicesWatch => {
  const [services, loaded, error] = useK8sWatchResource<ServiceKind[]>(
    namespace === null ? null : { groupVersionKind: gvkOf(ServiceModel), isList: true, namespace },
  );
  return { services: services ?? [], loaded, error };
};
