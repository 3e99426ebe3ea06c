import type { GatewayKind } from './types';

/** The addresses the Gateway's controller gave it (`status.addresses[].value`). */
export const getGatewayAddresses = (gw?: GatewayKind): string[] =>
  (gw?.status?.addresses ?? []).map((a) => a.value);
