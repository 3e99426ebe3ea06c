import type { GatewayKind } from './types';

export const getGatewayAddresses = (gw?: GatewayKind): string[] =>
  (gw?.status?.addresses ?? []).map((a) => a.value);
export const getGatewayClassName = (gw?: GatewayKind): string => gw?.spec?.gatewayClassName ?? '';
