import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { GatewayKind } from '../../k8s/gateway/types';
import {
  NONE,
  USE_WAYPOINT_LABEL,
  USE_WAYPOINT_NAMESPACE_LABEL,
  WAYPOINT_FOR_LABEL,
  WAYPOINT_GATEWAY_CLASS,
  type WaypointFor,
} from '../labels';
import { getLabel, getName, getNamespace } from '../../k8s/common/selectors';

/** Who asks for the waypoint: a pod or service label, or its namespace's label. */
export type WaypointSource = 'pod' | 'service' | 'namespace';

/**
 * - ready: the Gateway exists, accepts this traffic type and has an address
 * - not-ready: it exists but has no address yet (it does not count until it has one)
 * - missing: no such Gateway
 * - wrong-traffic-type: its `istio.io/waypoint-for` does not cover this kind of traffic
 */
export type WaypointState = 'ready' | 'not-ready' | 'missing' | 'wrong-traffic-type';

export type WaypointRef = { name: string; namespace: string; source: WaypointSource };
export type ResolvedWaypoint = WaypointRef & { state: WaypointState; gateway?: GatewayKind };

/** Index of Gateways by `namespace/name`, built once per render from the watch. */
export type GatewayIndex = Map<string, GatewayKind>;

export const indexGateways = (gateways: GatewayKind[]): GatewayIndex =>
  new Map(gateways.map((g) => [`${getNamespace(g)}/${getName(g)}`, g]));

export const isWaypointGateway = (gw: GatewayKind): boolean =>
  gw.spec?.gatewayClassName === WAYPOINT_GATEWAY_CLASS;

/** `istio.io/waypoint-for` of a waypoint; `service` when unset. */
export const waypointFor = (gw: GatewayKind): WaypointFor => {
  const v = getLabel(gw, WAYPOINT_FOR_LABEL);
  return v === 'workload' || v === 'all' || v === 'none' ? v : 'service';
};

const refFrom = (
  obj: K8sResourceCommon | undefined,
  fallbackNamespace: string,
  source: WaypointSource,
): WaypointRef | null | undefined => {
  const name = getLabel(obj, USE_WAYPOINT_LABEL);
  if (name === undefined || name === '') return undefined; // not set: keep looking
  if (name === NONE) return null; // explicit opt-out stops the lookup
  const namespace = getLabel(obj, USE_WAYPOINT_NAMESPACE_LABEL) || fallbackNamespace;
  return { name, namespace, source };
};

/**
 * The waypoint an object asks for: its own `istio.io/use-waypoint` wins, `none` stops the
 * lookup, otherwise the namespace's label applies. Returns null when none applies.
 */
export const requestedWaypoint = (
  obj: K8sResourceCommon,
  ns: K8sResourceCommon | undefined,
  objSource: 'pod' | 'service',
): WaypointRef | null => {
  const namespace = getNamespace(obj);
  const own = refFrom(obj, namespace, objSource);
  if (own !== undefined) return own;
  return refFrom(ns, namespace, 'namespace') ?? null;
};

/**
 * Resolves the waypoint for a pod (workload traffic) or a service (service traffic) against
 * the Gateways that exist.
 */
export const resolveWaypoint = (
  obj: K8sResourceCommon,
  ns: K8sResourceCommon | undefined,
  kind: 'pod' | 'service',
  gateways: GatewayIndex,
): ResolvedWaypoint | null => {
  const ref = requestedWaypoint(obj, ns, kind);
  if (!ref) return null;
  const gateway = gateways.get(`${ref.namespace}/${ref.name}`);
  if (!gateway) return { ...ref, state: 'missing' };
  const forType = waypointFor(gateway);
  const covers = forType === 'all' || forType === (kind === 'pod' ? 'workload' : 'service');
  if (!covers) return { ...ref, state: 'wrong-traffic-type', gateway };
  const ready = (gateway.status?.addresses ?? []).length > 0;
  return { ...ref, state: ready ? 'ready' : 'not-ready', gateway };
};
