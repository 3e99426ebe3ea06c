import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { GatewayModel, gvkOf } from '../../models';
import type { GatewayKind } from '../../k8s/gateway/types';
import { watched, type WatchOptions, noItems } from '../common/watch';

export type GatewaysWatch = { gateways: GatewayKind[]; loaded: boolean; error: unknown };

/**
 * Gateways of one namespace, or of all when `namespace` is undefined.
 * Optional: a cluster without the Gateway API CRDs gives an empty list, not an error.
 */
export const useGateways = ({
  namespace,
  ...options
}: WatchOptions & { namespace?: string } = {}): GatewaysWatch => {
  const [gateways, loaded, error] = useK8sWatchResource<GatewayKind[]>(
    watched(
      { groupVersionKind: gvkOf(GatewayModel), isList: true, namespace, optional: true },
      options,
    ),
  );
  return { gateways: gateways ?? noItems(), loaded, error };
};
