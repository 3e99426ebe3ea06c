import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { ServiceModel, gvkOf } from '../../models';
import type { ServiceKind } from '../../k8s/service/types';
import { watched, type WatchOptions, noItems } from '../common/watch';

export type ServicesWatch = { services: ServiceKind[]; loaded: boolean; error: unknown };

/** Services of one namespace, or of all when `namespace` is undefined. */
export const useServices = ({
  namespace,
  ...options
}: WatchOptions & { namespace?: string } = {}): ServicesWatch => {
  const [services, loaded, error] = useK8sWatchResource<ServiceKind[]>(
    watched({ groupVersionKind: gvkOf(ServiceModel), isList: true, namespace }, options),
  );
  return { services: services ?? noItems(), loaded, error };
};
