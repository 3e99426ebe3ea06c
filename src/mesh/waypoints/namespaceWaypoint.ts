import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { NONE, USE_WAYPOINT_LABEL, USE_WAYPOINT_NAMESPACE_LABEL } from '../labels';
import { waypointAllowsNamespace, waypointFor, type GatewayIndex } from './resolve';
import type { WaypointFor } from '../labels';
import { getLabel, getName } from '../../k8s/common/selectors';

export type NamespaceWaypoint =
  | { state: 'unset' }
  | { state: 'opt-out' }
  | {
      /** denied: the waypoint's HBONE listener does not admit this namespace (allowedRoutes). */
      state: 'ready' | 'not-ready' | 'missing' | 'denied';
      name: string;
      namespace: string;
      trafficType?: WaypointFor;
    };

/** The waypoint a namespace's `istio.io/use-waypoint` label asks for, and whether it exists. */
export const namespaceWaypoint = (
  ns: K8sResourceCommon,
  gateways: GatewayIndex,
): NamespaceWaypoint => {
  // istio/istio pilot/pkg/serviceregistry/kube/controller/ambient/waypoints.go (release-1.26..1.28)
  const name = getLabel(ns, USE_WAYPOINT_LABEL);
  if (name === undefined) return { state: 'unset' };
  if (name === NONE) return { state: 'opt-out' };
  const own = getName(ns);
  const namespace = getLabel(ns, USE_WAYPOINT_NAMESPACE_LABEL) ?? own;
  const gw = gateways.get(`${namespace}/${name}`);
  if (!gw) return { state: 'missing', name, namespace };
  const trafficType = waypointFor(gw);
  if ((gw.status?.addresses ?? []).length === 0) {
    return { state: 'not-ready', name, namespace, trafficType };
  }
  const allowed = waypointAllowsNamespace(gw, own, ns);
  return { state: allowed ? 'ready' : 'denied', name, namespace, trafficType };
};
