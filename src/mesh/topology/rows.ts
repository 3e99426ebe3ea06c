import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import { evaluatePod } from '../enrollment/podEnrollment';
import { GATEWAY_NAME_LABEL, USE_WAYPOINT_LABEL, ZTUNNEL_APP_LABEL } from '../labels';
import { type GatewayIndex, type ResolvedWaypoint, resolveWaypoint } from '../waypoints/resolve';
import type { Problem, WaypointCell, WorkloadRole, WorkloadRow, ZtunnelState } from './types';
import { getLabel, getLabels, getName, getNamespace } from '../../k8s/common/selectors';

export const WAYPOINT_MANAGED_LABEL = 'gateway.istio.io/managed';
export const WAYPOINT_MANAGED_VALUE = 'istio.io-mesh-controller';

export const toCell = (w: ResolvedWaypoint | null): WaypointCell | null =>
  w ? { name: w.name, namespace: w.namespace, source: w.source, state: w.state } : null;

/** The waypoint a namespace asks for, for its services (a service with no label of its own). */
export const namespaceServiceWaypoint = (
  ns: NamespaceKind | undefined,
  name: string,
  gateways: GatewayIndex,
): WaypointCell | null => {
  const probe: K8sResourceCommon = { metadata: { name: '', namespace: name, labels: {} } };
  return toCell(resolveWaypoint(probe, ns, 'service', gateways));
};

export const podRole = (pod: PodKind, ztunnelNamespace: string): WorkloadRole => {
  const labels = getLabels(pod);
  if (
    getNamespace(pod) === ztunnelNamespace &&
    labels[ZTUNNEL_APP_LABEL.key] === ZTUNNEL_APP_LABEL.value
  ) {
    return 'ztunnel';
  }
  if (labels[GATEWAY_NAME_LABEL] && labels[WAYPOINT_MANAGED_LABEL] === WAYPOINT_MANAGED_VALUE) {
    return 'waypoint';
  }
  return 'workload';
};

const waypointTrouble = (w: WaypointCell | null, ownOnly: boolean): boolean => {
  if (!w || w.state === 'ready') return false;
  if (w.state === 'wrong-traffic-type') return !ownOnly || w.source !== 'namespace';
  return true;
};

/** Per-namespace facts computed once and shared by every pod of the namespace. */
export type NamespaceContext = {
  ns: NamespaceKind | undefined;
  discovered: boolean;
  serviceWaypoint: WaypointCell | null;
  /** Workload waypoint of a pod without its own `use-waypoint` label. */
  inheritedWaypoint: WaypointCell | null;
};

export const buildRow = (
  pod: PodKind,
  ctx: NamespaceContext,
  ztunnel: ZtunnelState,
  role: WorkloadRole,
  gateways: GatewayIndex,
): WorkloadRow => {
  const ztunnelReady = ztunnel === 'ready' || ztunnel === 'unknown';
  const e = evaluatePod(pod, ctx.ns, ztunnelReady);
  const ownLabel = getLabel(pod, USE_WAYPOINT_LABEL);
  const waypoint =
    ownLabel === undefined || ownLabel === ''
      ? ctx.inheritedWaypoint
      : toCell(resolveWaypoint(pod, ctx.ns, 'pod', gateways));
  const problems: Problem[] = [];
  if (role === 'workload') {
    if (e.state === 'pending') problems.push('not-captured');
    if (e.state === 'no-ztunnel' || (e.enrolled && e.state === 'captured' && !ztunnelReady)) {
      problems.push('no-ztunnel');
    }
    if (e.state === 'sidecar') problems.push('sidecar');
    if (e.state === 'host-network') problems.push('host-network');
    if (e.state === 'unexpected-capture') problems.push('unexpected-capture');
    if (e.wantsAmbient && !ctx.discovered) problems.push('not-discovered');
    if (
      e.wantsAmbient &&
      (waypointTrouble(waypoint, true) || waypointTrouble(ctx.serviceWaypoint, false))
    ) {
      problems.push('waypoint');
    }
  }
  const status = pod.status;
  const namespace = getNamespace(pod);
  const name = getName(pod);
  return {
    id: pod.metadata?.uid || `${namespace}/${name}`,
    namespace,
    name,
    address: status?.podIPs?.[0]?.ip ?? status?.podIP ?? '',
    node: pod.spec?.nodeName ?? '',
    ztunnel,
    role,
    protocol: e.redirection === 'enabled' ? 'HBONE' : 'TCP',
    state: e.state,
    wantsAmbient: e.wantsAmbient,
    decidedBy: e.decidedBy,
    redirection: e.redirection,
    waypoint,
    serviceWaypoint: ctx.serviceWaypoint,
    problems,
  };
};
