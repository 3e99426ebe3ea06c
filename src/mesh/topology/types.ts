import type { AuthorizationPolicyKind } from '../../k8s/authorizationpolicy/types';
import type { LabelSelector } from '../../k8s/common/types';
import type { GatewayClassKind, GatewayKind } from '../../k8s/gateway/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { NodeKind } from '../../k8s/node/types';
import type { PodKind } from '../../k8s/pod/types';
import type { ServiceKind } from '../../k8s/service/types';
import type { CniRules } from '../enrollment/cniRules';
import type { PodEnrollmentState, Redirection } from '../enrollment/podEnrollment';
import type { WaypointFor } from '../labels';
import type { PolicyIssue } from '../policy/types';
import type { WaypointSource, WaypointState } from '../waypoints/resolve';

/** Everything the topology is derived from: the watched objects, as the API returns them. */
export type TopologyInput = {
  pods: PodKind[];
  nodes: NodeKind[];
  namespaces: NamespaceKind[];
  /** The `app=ztunnel` pods of the ZTunnel namespace; `undefined` when they could not be read. */
  ztunnelPods: PodKind[] | undefined;
  gateways: GatewayKind[];
  /** GatewayClasses, for the `istio.io/waypoint-for` default of their Gateways (optional). */
  gatewayClasses?: GatewayClassKind[];
  /** Services that carry their own `istio.io/use-waypoint` label (for graph edges). */
  services?: ServiceKind[];
  /** The Istio CR's `meshConfig.discoverySelectors` (empty: every namespace is discovered). */
  discoverySelectors: LabelSelector[];
  ztunnelNamespace: string;
  /** The istio-cni agent's rule for the running Istio version (default: the 1.26 rule). */
  cniRules?: CniRules;
  /** AuthorizationPolicies, checked for L7 rules no waypoint enforces (none: not checked). */
  authorizationPolicies?: AuthorizationPolicyKind[];
  /** The Services policies target (with their selectors); default: `services`. */
  policyServices?: ServiceKind[];
  /** meshConfig.rootNamespace (default istio-system). */
  rootNamespace?: string;
};

export type Protocol = 'HBONE' | 'TCP';

/** ztunnel on a pod's node: `unknown` when the ztunnel pods or the node are not known. */
export type ZtunnelState = 'ready' | 'not-ready' | 'missing' | 'unknown';

export type WorkloadRole = 'workload' | 'waypoint' | 'ztunnel';

/**
 * What is wrong with a pod, as far as the API tells:
 * - not-captured: meant to be in ambient, the CNI agent has not (or only partly) captured it
 * - no-ztunnel: meant to be in ambient, and its node has no ready ztunnel
 * - sidecar: asks for ambient, but a sidecar wins
 * - host-network: asks for ambient, but hostNetwork pods are never captured
 * - unexpected-capture: nothing asks for ambient, yet it is marked captured
 * - not-discovered: asks for ambient, but istiod does not see its namespace
 * - waypoint: the waypoint it asks for is missing, not ready or of the wrong traffic type
 * - policy-no-waypoint: an AuthorizationPolicy with L7 rules concerns it and no waypoint enforces it
 * - policy-selector-bound: an L7 policy binds it by selector although it has a waypoint: ztunnel,
 *   not the waypoint, gets the policy (bind it to the waypoint with targetRefs)
 */
export type Problem =
  | 'not-captured'
  | 'no-ztunnel'
  | 'sidecar'
  | 'host-network'
  | 'unexpected-capture'
  | 'not-discovered'
  | 'waypoint'
  | 'policy-no-waypoint'
  | 'policy-selector-bound';

export type WaypointCell = {
  name: string;
  namespace: string;
  source: WaypointSource;
  state: WaypointState;
};

/** One row of the workloads table: the columns of `istioctl ztunnel-config workloads` and more. */
export type WorkloadRow = {
  id: string;
  namespace: string;
  name: string;
  address: string;
  node: string;
  ztunnel: ZtunnelState;
  role: WorkloadRole;
  protocol: Protocol;
  state: PodEnrollmentState;
  wantsAmbient: boolean;
  decidedBy: 'pod' | 'namespace' | 'none';
  redirection: Redirection;
  /** The workload waypoint (as istioctl: for traffic addressed to the pod). */
  waypoint: WaypointCell | null;
  /** The service waypoint the namespace asks for (traffic addressed to its services). */
  serviceWaypoint: WaypointCell | null;
  problems: Problem[];
  /** The L7 policies not enforced for it (`namespace/name`), when there are any. */
  policies?: PolicyIssue[];
};

export type StateCounts = Partial<Record<PodEnrollmentState, number>>;

export type NodeSummary = {
  name: string;
  /** The node's own Ready condition; `undefined` when the node object is not known. */
  ready: boolean | undefined;
  ztunnel: ZtunnelState;
  ztunnelPod?: string;
  pods: number;
  captured: number;
  problems: number;
  states: StateCounts;
};

export type NamespaceSummary = {
  name: string;
  /** `istio.io/dataplane-mode` of the namespace. */
  mode?: string;
  discovered: boolean;
  serviceWaypoint: WaypointCell | null;
  pods: number;
  captured: number;
  problems: number;
};

/** A waypoint Gateway, or one that something asks for but does not exist. */
export type WaypointSummary = {
  id: string;
  name: string;
  namespace: string;
  exists: boolean;
  ready: boolean;
  waypointFor: WaypointFor;
  addresses: string[];
  /** Namespaces whose label points here. */
  namespaces: string[];
  /** Services whose own label points here (`namespace/name`). */
  services: string[];
  /** Row ids of pods whose own label points here. */
  pods: string[];
  /** Row ids of all pods whose workload traffic this waypoint serves. */
  workloads: number;
};

export type TopologyModel = {
  rows: WorkloadRow[];
  nodes: NodeSummary[];
  namespaces: NamespaceSummary[];
  waypoints: WaypointSummary[];
  /** Whether ztunnel readiness is known (the ztunnel pods could be read). */
  ztunnelKnown: boolean;
  ztunnelNamespace: string;
};
