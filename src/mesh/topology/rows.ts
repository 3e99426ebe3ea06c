import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import type { CniRules } from '../enrollment/cniRules';
import { evaluatePod } from '../enrollment/podEnrollment';
import {
  GATEWAY_NAME_LABEL,
  REDIRECTION_ANNOTATION,
  USE_WAYPOINT_LABEL,
  ZTUNNEL_APP_LABEL,
} from '../labels';
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

const TUNNEL_LABEL = 'networking.istio.io/tunnel';

// istio/istio pkg/kube/util.go CheckPodTerminal and ambient/workloads.go podWorkloadBuilder
// (release-1.26..1.28): istiod makes no workload of a terminal pod, nor of one without an IP.
/** The pod's IPs as ztunnel lists them (`status.podIPs`, else `status.podIP`). */
export const podAddresses = (pod: PodKind): string[] => {
  const ips = (pod.status?.podIPs ?? []).map((p) => p.ip).filter((ip) => !!ip);
  if (ips.length === 0 && pod.status?.podIP) return [pod.status.podIP];
  return ips;
};

/** Whether ztunnel lists the pod: not Succeeded or Failed, has an IP, namespace discovered. */
export const listedByZtunnel = (pod: PodKind, discovered: boolean): boolean =>
  discovered &&
  pod.status?.phase !== 'Succeeded' &&
  pod.status?.phase !== 'Failed' &&
  podAddresses(pod).length > 0;

// istio/istio ambient/workloads.go setTunnelProtocol, pilot/pkg/model/service.go SupportsTunnel
// (release-1.26..1.28): HBONE when captured, or when the pod says it speaks HBONE itself.
export const ztunnelProtocol = (pod: PodKind): 'HBONE' | 'TCP' => {
  if (pod.metadata?.annotations?.[REDIRECTION_ANNOTATION] === 'enabled') return 'HBONE';
  const tunnel = pod.metadata?.labels?.[TUNNEL_LABEL];
  return tunnel !== undefined && tunnel.split(',').includes('http') ? 'HBONE' : 'TCP';
};

/** A waypoint's own pod (`gateway-name` of a Waypoint with an address) has no waypoint. */
const isWaypointInstance = (pod: PodKind, gateways: GatewayIndex): boolean => {
  const name = pod.metadata?.labels?.[GATEWAY_NAME_LABEL];
  if (!name) return false;
  const gw = gateways.get(`${pod.metadata?.namespace}/${name}`);
  return (gw?.status?.addresses ?? []).length > 0;
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
  rules?: CniRules,
): WorkloadRow => {
  const ztunnelReady = ztunnel === 'ready' || ztunnel === 'unknown';
  const e = evaluatePod(pod, ctx.ns, ztunnelReady, rules);
  const ownLabel = getLabel(pod, USE_WAYPOINT_LABEL);
  let waypoint: WaypointCell | null = null;
  if (isWaypointInstance(pod, gateways)) waypoint = null;
  else if (ownLabel === undefined) waypoint = ctx.inheritedWaypoint;
  else waypoint = toCell(resolveWaypoint(pod, ctx.ns, 'pod', gateways));
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
  const namespace = getNamespace(pod);
  const name = getName(pod);
  return {
    id: pod.metadata?.uid || `${namespace}/${name}`,
    namespace,
    name,
    address: podAddresses(pod).join(','),
    node: pod.spec?.nodeName ?? '',
    ztunnel,
    role,
    protocol: ztunnelProtocol(pod),
    state: e.state,
    wantsAmbient: e.wantsAmbient,
    decidedBy: e.decidedBy,
    redirection: e.redirection,
    waypoint,
    serviceWaypoint: ctx.serviceWaypoint,
    problems,
  };
};
