import type { Resource } from '../common/types';

export type NetworkOperatorKind = Resource<
  {
    defaultNetwork?: {
      type?: string;
      ovnKubernetesConfig?: {
        gatewayConfig?: { routingViaHost?: boolean; ipForwarding?: string };
        [key: string]: unknown;
      };
    };
    [key: string]: unknown;
  },
  { [key: string]: unknown }
>;

export const NETWORK_OPERATOR_NAME = 'cluster';
