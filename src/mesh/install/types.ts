import type { LabelSelector } from '../../k8s/common/types';
import type { UpdateStrategyType } from '../../k8s/istio/types';

/** What the person chose in the wizard. */
export type InstallChoices = {
  istioName: string;
  istioNamespace: string;
  version: string;
  updateStrategy: UpdateStrategyType;
  cniNamespace: string;
  ztunnelNamespace: string;
  reconcileIptablesOnStartup: boolean;
  /** `cluster`: istiod sees every namespace; `selected`: only those carrying the discovery label. */
  scope: 'cluster' | 'selected';
  /** The discovery label as `key=value`. */
  discoveryLabel: string;
  /**
   * The discovery selectors the Istio has already (all of them, as read): kept when the scope is
   * `selected`, the wizard's label added beside them when none selects it; dropped for `cluster`.
   */
  discoverySelectors: LabelSelector[];
  /** Application namespaces to label when the scope is `selected`. */
  labelNamespaces: string[];
};

/** What the cluster serves, which decides the shape of the manifests. */
export type ClusterFacts = {
  ztunnelVersion: 'v1' | 'v1alpha1';
  /** Whether the served ZTunnel schema has `spec.targetRef` (sail-operator main and later). */
  ztunnelTargetRef?: boolean;
};

export type PlanKind = 'Namespace' | 'Istio' | 'IstioRevisionTag' | 'IstioCNI' | 'ZTunnel';

/** A manifest as written to the API server (plain data, YAML-ready). */
export type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
};

/** One write of the install, in order. */
export type PlanStep = {
  /** Stable id, e.g. `Namespace/istio-system`, `Istio/default`. */
  id: string;
  kind: PlanKind;
  name: string;
  manifest: Manifest;
  /** Whether the apply waits for `Ready=True` before the next step. */
  waitReady: boolean;
  /** Namespaces only: labels to ensure on an existing namespace (the wizard's only fields there). */
  labels?: Record<string, string>;
  /**
   * CRs adopted from the live object: the manifest of the choices as read from it, before the
   * person's edits. The write changes only what differs between this and `manifest`.
   */
  original?: Manifest;
};

export type InstallPlan = { steps: PlanStep[] };

export const DEFAULT_CHOICES: InstallChoices = {
  istioName: 'default',
  istioNamespace: 'istio-system',
  version: '',
  updateStrategy: 'InPlace',
  cniNamespace: 'istio-cni',
  ztunnelNamespace: 'ztunnel',
  reconcileIptablesOnStartup: true,
  scope: 'cluster',
  discoveryLabel: 'istio-discovery=enabled',
  discoverySelectors: [],
  labelNamespaces: [],
};
