import type { ClusterServiceVersionKind } from '../../k8s/csv/types';
import type { ClusterVersionKind } from '../../k8s/clusterversion/types';
import type { CustomResourceDefinitionKind } from '../../k8s/crd/types';
import type { NetworkOperatorKind } from '../../k8s/network/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

/** One watched input: `data` undefined with `loaded` true means the object does not exist. */
export type Probe<T> = { loaded: boolean; error?: unknown; data?: T };

export type PreflightInput = {
  clusterVersion: Probe<ClusterVersionKind>;
  istioCRD: Probe<CustomResourceDefinitionKind>;
  gatewayCRD: Probe<CustomResourceDefinitionKind>;
  gatewayClassCRD: Probe<CustomResourceDefinitionKind>;
  smcpCRD: Probe<CustomResourceDefinitionKind>;
  csvs: Probe<ClusterServiceVersionKind[]>;
  network: Probe<NetworkOperatorKind>;
  istios: Probe<K8sResourceCommon[]>;
  istioCNIs: Probe<K8sResourceCommon[]>;
  ztunnels: Probe<K8sResourceCommon[]>;
  namespaces: Probe<NamespaceKind[]>;
};

export type CheckId =
  | 'openshift'
  | 'operator'
  | 'gatewayAPI'
  | 'network'
  | 'serviceMesh2'
  | 'existing'
  | 'sidecars';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'loading';

/** A check's outcome; `code` and `params` name the reason, which the view words. */
export type PreflightCheck = {
  id: CheckId;
  status: CheckStatus;
  code: string;
  params: Record<string, string>;
  /** A failure that stops the install (nothing can be applied until it is resolved). */
  blocking: boolean;
  /** The network check: the cluster network can be fixed by a patch. */
  fixable?: boolean;
};
