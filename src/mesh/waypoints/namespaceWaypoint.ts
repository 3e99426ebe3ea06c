import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { NONE, USE_WAYPOINT_LABEL, USE_WAYPOINT_NAMESPACE_LABEL } from '../labels';
import { waypointFor, type GatewayIndex } from './resolve';
import type { WaypointFor } from '../labels';
import { getLabel, getName } from '../../k8s/common/selectors';

export type NamespaceWaypoint =
  | { state: 'unset' }
  | { state: 'opt-out' }
  | {
      state: 'ready' | 'not-ready' | 'missing';
      name: string;
      namespace: string;
      trafficType?: WaypointFor;
    };

/** The waypoint a namespace's `istio.io/use-waypoint` label asks for, and whether it exists. */
export const namespaceWaypoint = (
  ns: K8sResourceCommon,
  gateways: GatewayIndex,
): NamespaceWaypoint => {
  const name = getLabel(ns, USE_WAYPOINT_LABEL);
  if (!name) return { state: 'unset' };
  if (name === NONE) return { state: 'opt-out' };
  const namespace = getLabel(ns, USE_WAYPOINT_NAMESPACE_LABEL) || getName(ns) || '';
  const gw = gateways.get(`${namespace}/${name}`);
  if (!gw) return { state: 'missing', name, namespace };
  const ready = (gw.status?.addresses ?? []).length > 0;
  return { state: ready ? 'ready' : 'not-ready', name, namespace, trafficType: waypointFor(gw) };
};
