import type { GatewayClassKind, GatewayKind } from '../../k8s/gateway/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import { isDiscovered } from '../../k8s/common/labelSelector';
import { namespaceWaypoint, type NamespaceWaypoint } from '../waypoints/namespaceWaypoint';
import { type GatewayIndex, indexGateways, isWaypointGateway } from '../waypoints/resolve';
import {
  namespaceLabelIntent,
  rollUpNamespace,
  sidecarInjectionLabels,
  type DataPlaneMode,
  type NamespaceLabelIntent,
} from './namespaceEnrollment';
import type { MeshFacts } from './preflight';
import { getLabels, getName, getNamespace } from '../../k8s/common/selectors';

export type NamespaceRow = {
  name: string;
  namespace: NamespaceKind;
  /** Seen by istiod; undefined when the discovery selectors cannot be read. */
  discovered?: boolean;
  intent: NamespaceLabelIntent;
  sidecarInjection: boolean;
  dataPlane: DataPlaneMode;
  captured: number;
  total: number;
  waypoint: NamespaceWaypoint;
  /** Names of the waypoint Gateways in the namespace. */
  waypoints: string[];
};

/** Groups items by namespace in one pass. */
export const groupByNamespace = <T extends { metadata?: { namespace?: string } }>(
  items: T[],
): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const ns = getNamespace(item);
    const list = out.get(ns);
    if (list) list.push(item);
    else out.set(ns, [item]);
  }
  return out;
};

/** What every row is computed with besides its namespace and pods. */
export type RowContext = {
  index: GatewayIndex;
  waypointsByNs: Map<string, GatewayKind[]>;
  facts: MeshFacts;
};

/** The context of a build; a GatewayClass's `istio.io/waypoint-for` is the default of its Gateways. */
export const rowContext = (
  gateways: GatewayKind[],
  facts: MeshFacts,
  gatewayClasses: GatewayClassKind[] = [],
): RowContext => ({
  index: indexGateways(gateways, gatewayClasses),
  waypointsByNs: groupByNamespace(gateways.filter(isWaypointGateway)),
  facts,
});

/** One namespace's row, from its own pods. */
export const buildNamespaceRow = (
  ns: NamespaceKind,
  pods: PodKind[],
  { index, waypointsByNs, facts }: RowContext,
): NamespaceRow => {
  const name = getName(ns);
  const roll = rollUpNamespace(ns, pods, facts.cniRules);
  return {
    name,
    namespace: ns,
    discovered:
      facts.discoverySelectors === undefined
        ? undefined
        : isDiscovered(getLabels(ns), facts.discoverySelectors),
    intent: namespaceLabelIntent(ns),
    sidecarInjection: sidecarInjectionLabels(ns).length > 0,
    dataPlane: roll.dataPlane,
    captured: roll.captured,
    total: roll.total,
    waypoint: namespaceWaypoint(ns, index),
    waypoints: (waypointsByNs.get(name) ?? []).map((g) => getName(g)),
  };
};

/**
 * The Namespaces page's rows, computed in one pass over the namespaces, the pods and the
 * Gateways (O(namespaces + pods + gateways)). The page reuses rows between updates
 * (`NamespaceRowCache`).
 */
export const buildNamespaceRows = (
  namespaces: NamespaceKind[],
  podsByNamespace: Map<string, PodKind[]>,
  gateways: GatewayKind[],
  facts: MeshFacts,
  gatewayClasses: GatewayClassKind[] = [],
): NamespaceRow[] => {
  const ctx = rowContext(gateways, facts, gatewayClasses);
  return namespaces.map((ns) => buildNamespaceRow(ns, podsByNamespace.get(getName(ns)) ?? [], ctx));
};

export type RowFilter = { name: string; dataPlane: DataPlaneMode | 'all' };
export type RowSort = { by: 'name' | 'dataPlane' | 'captured'; direction: 'asc' | 'desc' };

export const filterRows = (rows: NamespaceRow[], filter: RowFilter): NamespaceRow[] => {
  const needle = filter.name.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (needle === '' || r.name.toLowerCase().includes(needle)) &&
      (filter.dataPlane === 'all' || r.dataPlane === filter.dataPlane),
  );
};

export const sortRows = (rows: NamespaceRow[], sort: RowSort): NamespaceRow[] => {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const key = (r: NamespaceRow): string | number => {
    if (sort.by === 'captured') return r.total === 0 ? -1 : r.captured / r.total;
    if (sort.by === 'dataPlane') return r.dataPlane;
    return r.name;
  };
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka < kb) return -sign;
    if (ka > kb) return sign;
    return a.name < b.name ? -1 : 1;
  });
};
