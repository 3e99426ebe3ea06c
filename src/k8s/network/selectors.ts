import type { NetworkOperatorKind } from './types';

export const getDefaultNetworkType = (n?: NetworkOperatorKind): string | undefined =>
  n?.spec?.defaultNetwork?.type;
export const isRoutingViaHost = (n?: NetworkOperatorKind): boolean =>
  n?.spec?.defaultNetwork?.ovnKubernetesConfig?.gatewayConfig?.routingViaHost === true;
