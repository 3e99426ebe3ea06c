import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { GatewayClassModel, gvkOf } from '../../models';
import type { GatewayClassKind } from '../../k8s/gateway/types';
import { watched, type WatchOptions, noneIfNotServed } from '../common/watch';

export type GatewayClassesWatch = {
  gatewayClasses: GatewayClassKind[];
  loaded: boolean;
  error: unknown;
};

/**
 * GatewayClasses (cluster-scoped, a few per cluster): waypoint resolution reads a class's
 * `istio.io/waypoint-for` label as the default of its Gateways. None without the CRD.
 */
export const useGatewayClasses = (options: WatchOptions = {}): GatewayClassesWatch => {
  const [gatewayClasses, loaded, error] = useK8sWatchResource<GatewayClassKind[]>(
    watched({ groupVersionKind: gvkOf(GatewayClassModel), isList: true }, options),
  );
  const list = noneIfNotServed(gatewayClasses, loaded, error);
  return { gatewayClasses: list.items, loaded: list.loaded, error: list.error };
};
