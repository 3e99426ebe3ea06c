import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { NetworkOperatorModel, gvkOf } from '../../models';
import { NETWORK_OPERATOR_NAME, type NetworkOperatorKind } from '../../k8s/network/types';

export type NetworkWatch = {
  network: NetworkOperatorKind | undefined;
  loaded: boolean;
  error: unknown;
};

/** `network.operator.openshift.io/cluster`. Pass `false` to disable the watch. */
export const useNetworkOperator = (enabled = true): NetworkWatch => {
  const [network, loaded, error] = useK8sWatchResource<NetworkOperatorKind>(
    enabled
      ? {
          groupVersionKind: gvkOf(NetworkOperatorModel),
          name: NETWORK_OPERATOR_NAME,
          optional: true,
        }
      : null,
  );
  return { network: network?.metadata ? network : undefined, loaded, error };
};
