import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { NamespaceKind } from '../../k8s/namespace/types';
import {
  type GatewayIndex,
  type WaypointRef,
  isWaypointGateway,
  requestedWaypoint,
  waypointFor,
} from '../waypoints/resolve';
import type { TopologyInput, WaypointSummary, WorkloadRow } from './types';
import { getName, getNamespace } from '../../k8s/common/selectors';

export const waypointId = (namespace: string, name: string): string => `${namespace}/${name}`;

/**
 * Every waypoint Gateway, plus those that a namespace, service or pod asks for but that do not
 * exist, with who uses them.
 */
export const buildWaypoints = (
  input: TopologyInput,
  rows: WorkloadRow[],
  nsByName: Map<string, NamespaceKind>,
  gateways: GatewayIndex,
): WaypointSummary[] => {
  const out = new Map<string, WaypointSummary>();
  const summaryOf = (namespace: string, name: string): WaypointSummary => {
    const id = waypointId(namespace, name);
    let s = out.get(id);
    if (!s) {
      const gw = gateways.get(id);
      s = {
        id,
        name,
        namespace,
        exists: gw !== undefined,
        ready: (gw?.status?.addresses ?? []).length > 0,
        waypointFor: gw ? waypointFor(gw) : 'service',
        addresses: (gw?.status?.addresses ?? []).map((a) => a.value),
        namespaces: [],
        services: [],
        pods: [],
        workloads: 0,
      };
      out.set(id, s);
    }
    return s;
  };
  const attach = (ref: WaypointRef | null, add: (s: WaypointSummary) => void) => {
    if (ref) add(summaryOf(ref.namespace, ref.name));
  };

  for (const gw of input.gateways) {
    if (isWaypointGateway(gw)) summaryOf(getNamespace(gw), getName(gw));
  }
  for (const [name, ns] of nsByName) {
    const probe: K8sResourceCommon = { metadata: { name: '', namespace: name, labels: {} } };
    attach(requestedWaypoint(probe, ns, 'service'), (s) => s.namespaces.push(name));
  }
  for (const svc of input.services ?? []) {
    const ref = requestedWaypoint(svc, nsByName.get(getNamespace(svc)), 'service');
    if (ref?.source === 'service') {
      attach(ref, (s) => s.services.push(`${getNamespace(svc)}/${getName(svc)}`));
    }
  }
  for (const row of rows) {
    const w = row.waypoint;
    if (!w) continue;
    const s =
      w.source === 'pod'
        ? summaryOf(w.namespace, w.name)
        : out.get(waypointId(w.namespace, w.name));
    if (!s) continue;
    if (w.source === 'pod') s.pods.push(row.id);
    if (w.state === 'ready') s.workloads += 1;
  }
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
};
