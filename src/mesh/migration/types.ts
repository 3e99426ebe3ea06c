import type { AuthorizationPolicyKind } from '../../k8s/authorizationpolicy/types';
import type { LabelSelector } from '../../k8s/common/types';
import type { DaemonSetKind } from '../../k8s/daemonset/types';
import type { DeploymentKind } from '../../k8s/deployment/types';
import type { DestinationRuleKind } from '../../k8s/destinationrule/types';
import type { GatewayKind } from '../../k8s/gateway/types';
import type { IstioCNIKind } from '../../k8s/istiocni/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import type { StatefulSetKind } from '../../k8s/statefulset/types';
import type { VirtualServiceKind } from '../../k8s/virtualservice/types';
import type { ZTunnelKind } from '../../k8s/ztunnel/types';

export type WorkloadKindName = 'Deployment' | 'StatefulSet' | 'DaemonSet';

/** A Deployment, StatefulSet or DaemonSet, tagged with its kind (list items may not carry it). */
export type Workload =
  | { kind: 'Deployment'; obj: DeploymentKind }
  | { kind: 'StatefulSet'; obj: StatefulSetKind }
  | { kind: 'DaemonSet'; obj: DaemonSetKind };

/** Everything the checks and the plan read, for one namespace. */
export type MigrationInput = {
  namespace: NamespaceKind;
  pods: PodKind[];
  workloads: Workload[];
  policies: AuthorizationPolicyKind[];
  virtualServices: VirtualServiceKind[];
  destinationRules: DestinationRuleKind[];
  gateways: GatewayKind[];
  /** undefined: the user cannot read them. */
  ztunnels?: ZTunnelKind[];
  istioCNIs?: IstioCNIKind[];
  discoverySelectors?: LabelSelector[];
};
