import { getCondition, getConditions } from '../../k8s/common/selectors';
import { getGatewayAddresses } from '../../k8s/gateway/selectors';
import type { GatewayKind } from '../../k8s/gateway/types';

export type ConditionState = 'True' | 'False' | 'Unknown';

export type WaypointStatus = {
  accepted: ConditionState;
  programmed: ConditionState;
  addresses: string[];
  /** Counts as a waypoint: istiod uses it only once it has an address. */
  ready: boolean;
  /** Message of the first condition that is not True. */
  message?: string;
};

const stateOf = (gw: GatewayKind, type: string): ConditionState =>
  getCondition(gw, type)?.status ?? 'Unknown';

/** A waypoint Gateway's Accepted and Programmed conditions and its addresses. */
export const waypointStatus = (gw: GatewayKind): WaypointStatus => {
  const addresses = getGatewayAddresses(gw);
  const failing = getConditions(gw).find(
    (c) => (c.type === 'Accepted' || c.type === 'Programmed') && c.status !== 'True',
  );
  return {
    accepted: stateOf(gw, 'Accepted'),
    programmed: stateOf(gw, 'Programmed'),
    addresses,
    ready: addresses.length > 0,
    message: failing?.message ?? failing?.reason,
  };
};
