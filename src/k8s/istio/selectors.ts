import type { LabelSelector } from '../common/types';
import type { IstioKind } from './types';

export const DEFAULT_ISTIO_NAMESPACE = 'istio-system';

export const getIstioNamespace = (istio?: IstioKind): string =>
  istio?.spec?.namespace ?? DEFAULT_ISTIO_NAMESPACE;
export const getDiscoverySelectors = (istio?: IstioKind): LabelSelector[] =>
  istio?.spec?.values?.meshConfig?.discoverySelectors ?? [];
export const getTrustedZtunnelNamespace = (istio?: IstioKind): string | undefined =>
  istio?.spec?.values?.pilot?.trustedZtunnelNamespace;
