import type { LabelSelector } from '../common/types';
import type { IstioKind } from './types';

export const DEFAULT_ISTIO_NAMESPACE = 'istio-system';

export const getIstioNamespace = (istio?: IstioKind): string =>
  istio?.spec?.namespace ?? DEFAULT_ISTIO_NAMESPACE;
const NO_SELECTORS: LabelSelector[] = Object.freeze([]) as unknown as LabelSelector[];

/** The mesh's discovery selectors; none is the same (frozen) array every time, for memos. */
export const getDiscoverySelectors = (istio?: IstioKind): LabelSelector[] =>
  istio?.spec?.values?.meshConfig?.discoverySelectors ?? NO_SELECTORS;
export const getTrustedZtunnelNamespace = (istio?: IstioKind): string | undefined =>
  istio?.spec?.values?.pilot?.trustedZtunnelNamespace;

// istio/istio pkg/config/mesh/mesh.go DefaultMeshConfig (release-1.26..1.28): trust domain
// `cluster.local`; the root namespace is istiod's own namespace unless meshConfig sets it.
export const DEFAULT_TRUST_DOMAIN = 'cluster.local';

export const getTrustDomain = (istio?: IstioKind): string => {
  const v = istio?.spec?.values?.meshConfig?.trustDomain;
  return typeof v === 'string' && v ? v : DEFAULT_TRUST_DOMAIN;
};

export const getRootNamespace = (istio?: IstioKind): string => {
  const v = istio?.spec?.values?.meshConfig?.rootNamespace;
  return typeof v === 'string' && v ? v : getIstioNamespace(istio);
};
