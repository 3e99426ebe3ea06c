import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { LabelChanges } from '../../k8s/common/labelPatch';
import type { GatewayKind } from '../../k8s/gateway/types';
import type { IstioKind } from '../../k8s/istio/types';
import type { IstioCNIKind } from '../../k8s/istiocni/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import type { ServiceKind } from '../../k8s/service/types';
import type { ZTunnelKind } from '../../k8s/ztunnel/types';

/** The three CRs the install wizard writes, in the order they are deleted. */
export type CrKind = 'ZTunnel' | 'IstioCNI' | 'Istio';

/** What the uninstall writes to or deletes. */
export type TargetKind = 'Namespace' | 'Pod' | 'Service' | 'Gateway' | 'IstioRevisionTag' | CrKind;

/** One object by identity: a delete is guarded by its uid (preconditions), a label write by `test`. */
export type Ref = { kind: TargetKind; name: string; namespace?: string; uid?: string };

/** An object of any kind with its kind set (as a list watch gives it). */
export type AnyObject = K8sResourceCommon & { kind?: string };

/** Who made an object found in a namespace the wizard created. */
export type Origin = 'operator' | 'istiod' | 'platform' | 'other';

export type FoundObject = { kind: string; name: string; origin: Origin };

/** Why a system namespace may not be deleted (or `undefined` when it may). */
export type KeepReason = 'others' | 'protected' | 'terminating';

export type SystemNamespace = {
  name: string;
  uid?: string;
  /** The CRs that install into it. */
  usedBy: CrKind[];
  objects: FoundObject[];
  /** Objects neither the operator, istiod nor the platform made: they keep the namespace. */
  others: FoundObject[];
  keep?: KeepReason;
};

/** An object that carries labels the plugin or the wizard manage, and which of them. */
export type LabelTarget = { ref: Ref; obj: K8sResourceCommon; keys: string[] };

export type UninstallInput = {
  namespaces: NamespaceKind[];
  pods: PodKind[];
  services: ServiceKind[];
  gateways: GatewayKind[];
  istios: IstioKind[];
  istioCNIs: IstioCNIKind[];
  ztunnels: ZTunnelKind[];
  /** IstioRevisionTags when the cluster serves them (else empty). */
  revisionTags: AnyObject[];
  /** IstioRevisions when the cluster serves them (else empty). */
  revisions: AnyObject[];
  /** The objects of the watched kinds in each system namespace. */
  systemObjects: AnyObject[];
};

export type Inventory = {
  enrolledNamespaces: string[];
  enrolledPods: Ref[];
  waypoints: Ref[];
  /** Objects with `istio.io/use-waypoint` or `istio.io/use-waypoint-namespace`. */
  useWaypoint: Ref[];
  /** The label keys (and values) of the Istio discovery selectors' matchLabels. */
  discoveryLabels: Record<string, string>;
  /** Namespaces that carry a discovery label. */
  discoveryNamespaces: string[];
  labelTargets: LabelTarget[];
  revisionTags: Ref[];
  revisions: string[];
  /** The CRs in deletion order: ZTunnel, IstioCNI, Istio. */
  crs: Ref[];
  /** `Kind/name` of each CR -> its `spec.namespace`. */
  crNamespaces: Record<string, string>;
  systemNamespaces: SystemNamespace[];
};

export type UninstallChoices = {
  /** true: remove the labels and waypoints first; false: stop when anything is enrolled. */
  unenroll: boolean;
  /** The system namespaces the user asks to delete. */
  deleteNamespaces: string[];
};

export type Step =
  | { id: string; action: 'unlabel'; ref: Ref; changes: LabelChanges }
  | { id: string; action: 'delete'; ref: Ref; waitPods?: PodsOf };

/** Pods that go with a deleted object (its DaemonSet's or Deployment's), waited on as well. */
export type PodsOf = { namespace: string; labels: Record<string, string> };

export type Blocker = 'enrolled' | 'nothing-installed';

export type UninstallPlan = { steps: Step[]; blockers: Blocker[] };
