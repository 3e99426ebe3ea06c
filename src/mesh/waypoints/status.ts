import type { Condition } from '../../k8s/common/types';
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

const stateOf = (conditions: Condition[], type: string): ConditionState =>
  conditions.find((c) => c.type === type)?.status ?? 'Unknown';

/** A waypoint Gateway's Accepted and Programmed conditions and its addresses. */
export const waypointStatus = (gw: GatewayKind): WaypointStatus => {
  const conditions = gw.status?.conditions ?? [];
  const addresses = (gw.status?.addresses ?? []).map((a) => a.value);
  const failing = conditions.find(
    (c) => (c.type === 'Accepted' || c.type === 'Programmed') && c.status !== 'True',
  );
  return {
    accepted: stateOf(conditions, 'Accepted'),
    programmed: stateOf(conditions, 'Programmed'),
    addresses,
    ready: addresses.length > 0,
    message: failing?.message ?? failing?.reason,
  };
};
