import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { GatewayModel, gvkOf } from '../../models';
import type { GatewayKind } from '../../k8s/gateway/types';

export type GatewaysWatch = { gateways: GatewayKind[]; loaded: boolean; error: unknown };

/**
 * Gateways of one namespace, or of all when `namespace` is undefined; `null` disables the watch.
 * Optional: a cluster without the Gateway API CRDs gives an empty list, not an error.
 */
export const useGateways = (namespace: string | undefined | null): GatewaysWatch => {
  const [gateways, loaded, error] = useK8sWatchResource<GatewayKind[]>(
    namespace === null
      ? null
      : { groupVersionKind: gvkOf(GatewayModel), isList: true, namespace, optional: true },
  );
  return { gateways: gateways ?? [], loaded, error };
};
