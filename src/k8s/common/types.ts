import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

/** A status condition as the API and the Sail operator write it. */
export type Condition = {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
  observedGeneration?: number;
};

/** A typed Kubernetes object: common metadata plus its own spec and status. */
export type Resource<Spec = undefined, Status = undefined> = K8sResourceCommon &
  (Spec extends undefined ? unknown : { spec?: Spec }) &
  (Status extends undefined ? unknown : { status?: Status });

export type LabelSelectorRequirement = {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
};

export type LabelSelector = {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
};
