import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { USE_WAYPOINT_LABEL } from '../../mesh/labels';
import { ServiceModel, gvkOf } from '../../models';
import type { ServiceKind } from '../../k8s/service/types';
import { noItems } from '../../resources/common/watch';

const SELECTOR = { matchExpressions: [{ key: USE_WAYPOINT_LABEL, operator: 'Exists' as const }] };

/** Only the Services that carry their own `istio.io/use-waypoint` label: a small watch. */
export const useWaypointServices = (namespace: string | undefined) => {
  const [services, loaded, error] = useK8sWatchResource<ServiceKind[]>({
    groupVersionKind: gvkOf(ServiceModel),
    isList: true,
    namespace,
    selector: SELECTOR,
  });
  return { services: services ?? noItems<ServiceKind>(), loaded, error };
};
