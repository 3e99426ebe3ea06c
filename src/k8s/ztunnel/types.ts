import type { Condition, Resource } from '../common/types';

export type ZTunnelSpec = {
  version?: string;
  namespace?: string;
  /** Only in v1alpha1 (the 3.1 line); v1 has no profile. */
  profile?: string;
  /** Newest v1 only. */
  targetRef?: { kind: 'Istio' | 'IstioRevision'; name: string };
  values?: { [key: string]: unknown };
};

export type ZTunnelStatus = {
  conditions?: Condition[];
  state?: string;
  observedGeneration?: number;
};

export type ZTunnelKind = Resource<ZTunnelSpec, ZTunnelStatus>;

export const DEFAULT_ZTUNNEL_NAMESPACE = 'ztunnel';
