import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { LabelSelector } from '../../k8s/common/types';
import type { GatewayClassKind, GatewayKind } from '../../k8s/gateway/types';
import {
  NONE,
  USE_WAYPOINT_LABEL,
  USE_WAYPOINT_NAMESPACE_LABEL,
  WAYPOINT_FOR_LABEL,
  WAYPOINT_GATEWAY_CLASS,
  type WaypointFor,
} from '../labels';
import { matchesSelector } from '../../k8s/common/labelSelector';
import { getLabel, getLabels, getName, getNamespace } from '../../k8s/common/selectors';

/** Who asks for the waypoint: a pod or service label, or its namespace's label. */
export type WaypointSource = 'pod' | 'service' | 'namespace';

/**
 * - ready: the Gateway exists, accepts this traffic type and has an address
 * - not-ready: it exists but has no address yet (it does not count until it has one)
 * - missing: no such Gateway
 * - denied: in another namespace, and its HBONE listener's `allowedRoutes` does not admit this one
 * - wrong-traffic-type: its `istio.io/waypoint-for` does not cover this kind of traffic
 */
export type WaypointState = 'ready' | 'not-ready' | 'missing' | 'denied' | 'wrong-traffic-type';

const MANAGED_GATEWAY_LABEL = 'gateway.istio.io/managed';
const MESH_CONTROLLER = 'istio.io-mesh-controller';

export type WaypointRef = { name: string; namespace: string; source: WaypointSource };
export type ResolvedWaypoint = WaypointRef & { state: WaypointState; gateway?: GatewayKind };

/** Index of Gateways by `namespace/name`, built once per render from the watch. */
export type GatewayIndex = Map<string, GatewayKind>;

// istio/istio pilot/pkg/serviceregistry/kube/controller/ambient/waypoints.go WaypointsCollection
// (release-1.26..1.28): a Gateway without `istio.io/waypoint-for` takes its GatewayClass's.
/**
 * Index of Gateways by `namespace/name`. With `gatewayClasses`, a Gateway without its own
 * `istio.io/waypoint-for` carries its class's, so every `waypointFor` of the index sees it.
 */
export const indexGateways = (
  gateways: GatewayKind[],
  gatewayClasses: GatewayClassKind[] = [],
): GatewayIndex => {
  const classFor = new Map(
    gatewayClasses
      .filter((c) => getLabel(c, WAYPOINT_FOR_LABEL) !== undefined)
      .map((c) => [getName(c), getLabel(c, WAYPOINT_FOR_LABEL) as string]),
  );
  return new Map(
    gateways.map((g) => {
      const inherited = classFor.get(g.spec?.gatewayClassName ?? '');
      const gw =
        inherited === undefined || getLabel(g, WAYPOINT_FOR_LABEL) !== undefined
          ? g
          : {
              ...g,
              metadata: {
                ...g.metadata,
                labels: { ...getLabels(g), [WAYPOINT_FOR_LABEL]: inherited },
              },
            };
      return [`${getNamespace(g)}/${getName(g)}`, gw];
    }),
  );
};

/** Whether some Gateway lacks `istio.io/waypoint-for`, so that its class's label would decide. */
export const needsGatewayClasses = (gateways: GatewayKind[]): boolean =>
  gateways.some((g) => getLabel(g, WAYPOINT_FOR_LABEL) === undefined);

export const isWaypointGateway = (gw: GatewayKind): boolean =>
  gw.spec?.gatewayClassName === WAYPOINT_GATEWAY_CLASS;

// istio/istio pilot/pkg/serviceregistry/kube/controller/ambient/waypoints.go (release-1.26..1.28)
/**
 * The traffic type of a waypoint: the Gateway's `istio.io/waypoint-for`, else its GatewayClass's,
 * else `service`. A value istiod does not know matches no traffic type: shown as `none`.
 */
export const waypointFor = (gw: GatewayKind, gatewayClass?: GatewayClassKind): WaypointFor => {
  const v = getLabel(gw, WAYPOINT_FOR_LABEL) ?? getLabel(gatewayClass, WAYPOINT_FOR_LABEL);
  if (v === undefined) return 'service';
  return v === 'service' || v === 'workload' || v === 'all' ? v : 'none';
};

type AllowedNamespaces = { from?: string; selector?: LabelSelector };

// istio/istio pilot/pkg/serviceregistry/kube/controller/ambient/waypoints.go (release-1.26..1.28)
/**
 * Whether a waypoint admits objects of namespace `nsName` (labels from `ns`): its HBONE listener
 * on 15008 decides by `allowedRoutes.namespaces` (default and without a listener: Same).
 */
export const waypointAllowsNamespace = (
  gw: GatewayKind,
  nsName: string,
  ns: K8sResourceCommon | undefined,
): boolean => {
  if (getNamespace(gw) === nsName) return true;
  const listener = (gw.spec?.listeners ?? []).find(
    (l) => l.protocol === 'HBONE' && l.port === 15008,
  );
  const allowed = listener?.allowedRoutes?.namespaces as AllowedNamespaces | undefined;
  if (allowed?.from === 'All') return true;
  if (allowed?.from === 'Selector') {
    return matchesSelector(getLabels(ns), allowed.selector ?? {});
  }
  return false;
};

const refFrom = (
  obj: K8sResourceCommon | undefined,
  fallbackNamespace: string,
  source: WaypointSource,
): WaypointRef | null | undefined => {
  // istio/istio pilot/pkg/serviceregistry/kube/controller/ambient/waypoints.go getUseWaypoint
  // (release-1.26..1.28): a present label counts, even empty (it then names no Gateway).
  const labels = getLabels(obj);
  const name = labels[USE_WAYPOINT_LABEL];
  if (name === undefined) return undefined; // not set: keep looking
  if (name === NONE) return null; // explicit opt-out stops the lookup
  const override = labels[USE_WAYPOINT_NAMESPACE_LABEL];
  return { name, namespace: override ?? fallbackNamespace, source };
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
  gatewayClasses?: ReadonlyMap<string, GatewayClassKind>,
): ResolvedWaypoint | null => {
  // A waypoint's own Service is never served by a waypoint (fetchWaypointForService).
  if (kind === 'service' && obj.metadata?.labels?.[MANAGED_GATEWAY_LABEL] === MESH_CONTROLLER) {
    return null;
  }
  const ref = requestedWaypoint(obj, ns, kind);
  if (!ref) return null;
  // Order as istiod: not found or no address, then attachment denied, then traffic type.
  const gateway = gateways.get(`${ref.namespace}/${ref.name}`);
  if (!gateway) return { ...ref, state: 'missing' };
  const ready = (gateway.status?.addresses ?? []).length > 0;
  if (!ready) return { ...ref, state: 'not-ready', gateway };
  if (!waypointAllowsNamespace(gateway, obj.metadata?.namespace ?? '', ns)) {
    return { ...ref, state: 'denied', gateway };
  }
  const forType = waypointFor(gateway, gatewayClasses?.get(gateway.spec?.gatewayClassName ?? ''));
  const covers = forType === 'all' || forType === (kind === 'pod' ? 'workload' : 'service');
  if (!covers) return { ...ref, state: 'wrong-traffic-type', gateway };
  return { ...ref, state: 'ready', gateway };
};
