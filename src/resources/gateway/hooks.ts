import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { GatewayModel, gvkOf } from '../../models';
import type { GatewayKind } from '../../k8s/gateway/types';
import { watched, type WatchOptions, noneIfNotServed } from '../common/watch';

export type GatewaysWatch = { gateways: GatewayKind[]; loaded: boolean; error: unknown };

/**
 * Gateways of one namespace, or of all when `namespace` is undefined.
 * A cluster without the Gateway API CRDs has none: an empty list, not an error.
 */
export const useGateways = ({
  namespace,
  ...options
}: WatchOptions & { namespace?: string } = {}): GatewaysWatch => {
  const [gateways, loaded, error] = useK8sWatchResource<GatewayKind[]>(
    watched({ groupVersionKind: gvkOf(GatewayModel), isList: true, namespace }, options),
  );
  const list = noneIfNotServed(gateways, loaded, error);
  return { gateways: list.items, loaded: list.loaded, error: list.error };
};
