import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { GatewayKind } from '../../k8s/gateway/types';
import { NONE, USE_WAYPOINT_LABEL, USE_WAYPOINT_NAMESPACE_LABEL } from '../labels';
import { getLabel, getName, getNamespace } from '../../k8s/common/selectors';

export type WaypointUser = {
  kind: 'Namespace' | 'Service' | 'Pod';
  namespace?: string;
  name: string;
};

/** The waypoint an object's own label names (namespace defaults to `home`), or null. */
const labelledWaypoint = (
  obj: K8sResourceCommon,
  home: string,
): { name: string; namespace: string } | null => {
  const name = getLabel(obj, USE_WAYPOINT_LABEL);
  if (!name || name === NONE) return null;
  return { name, namespace: getLabel(obj, USE_WAYPOINT_NAMESPACE_LABEL) || home };
};

/**
 * What uses a waypoint: the namespaces, services and pods whose own `istio.io/use-waypoint`
 * label names it (pods and services that inherit it go with their namespace).
 */
export const waypointUsers = (
  gw: GatewayKind,
  objects: {
    namespaces?: K8sResourceCommon[];
    services?: K8sResourceCommon[];
    pods?: K8sResourceCommon[];
  },
): WaypointUser[] => {
  const name = getName(gw);
  const namespace = getNamespace(gw);
  const uses = (obj: K8sResourceCommon, home: string): boolean => {
    const ref = labelledWaypoint(obj, home);
    return ref !== null && ref.name === name && ref.namespace === namespace;
  };
  const out: WaypointUser[] = [];
  (objects.namespaces ?? []).forEach((ns) => {
    if (uses(ns, getName(ns))) out.push({ kind: 'Namespace', name: getName(ns) });
  });
  const namespaced = (kind: 'Service' | 'Pod', list: K8sResourceCommon[] = []) =>
    list.forEach((o) => {
      const home = getNamespace(o);
      if (uses(o, home)) out.push({ kind, namespace: home, name: getName(o) });
    });
  namespaced('Service', objects.services);
  namespaced('Pod', objects.pods);
  return out;
};
