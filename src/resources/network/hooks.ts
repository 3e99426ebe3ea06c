import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { NetworkOperatorModel, gvkOf } from '../../models';
import { NETWORK_OPERATOR_NAME, type NetworkOperatorKind } from '../../k8s/network/types';
import { watched, type WatchOptions } from '../common/watch';

export type NetworkWatch = {
  network: NetworkOperatorKind | undefined;
  loaded: boolean;
  error: unknown;
};

/** `network.operator.openshift.io/cluster`. */
export const useNetworkOperator = (options: WatchOptions = {}): NetworkWatch => {
  const [network, loaded, error] = useK8sWatchResource<NetworkOperatorKind>(
    watched(
      {
        groupVersionKind: gvkOf(NetworkOperatorModel),
        name: NETWORK_OPERATOR_NAME,
      },
      options,
    ),
  );
  return { network: network?.metadata ? network : undefined, loaded, error };
};
