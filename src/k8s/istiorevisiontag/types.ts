import type { Condition, Resource } from '../common/types';

/** sail-operator api/v1 istiorevisiontags_types.go. */
export type IstioRevisionTagSpec = {
  targetRef?: { kind?: 'Istio' | 'IstioRevision' | string; name?: string };
};

export type IstioRevisionTagStatus = {
  conditions?: Condition[];
  state?: string;
  observedGeneration?: number;
  /** The IstioRevision the tag resolves to (an Istio's active revision). */
  istioRevision?: string;
  istiodNamespace?: string;
};

export type IstioRevisionTagKind = Resource<IstioRevisionTagSpec, IstioRevisionTagStatus>;

/** The tag that namespaces and waypoints without `istio.io/rev` follow. */
export const DEFAULT_TAG = 'default';
