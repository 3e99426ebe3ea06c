import type { Condition, Resource } from '../common/types';

/** sail-operator api/v1 istiorevision_types.go: one revision of an Istio, owned by it. */
export type IstioRevisionKind = Resource<
  { version?: string; namespace?: string },
  { conditions?: Condition[]; observedGeneration?: number }
>;
