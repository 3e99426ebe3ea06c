import * as React from 'react';
import {
  getDiscoverySelectors,
  getRootNamespace,
  getTrustDomain,
  getTrustedZtunnelNamespace,
} from '../../k8s/istio/selectors';
import { useIstios } from '../../resources/istio/hooks';
import type { IstioKind } from '../../k8s/istio/types';
import { useZTunnels } from '../../resources/ztunnel/hooks';
import { DEFAULT_ZTUNNEL_NAMESPACE } from '../../k8s/ztunnel/types';
import type { LabelSelector } from '../../k8s/common/types';
import { getName } from '../../k8s/common/selectors';
import { useIstioCNIs } from '../../resources/istiocni/hooks';
import { type CniRules, cniRulesOf } from '../../mesh/enrollment/cniRules';
import { settled } from '../../resources/common/watch';

export type MeshSettings = {
  discoverySelectors: LabelSelector[];
  ztunnelNamespace: string;
  /** The istio-cni agent's rule for the IstioCNI's version and enablement selectors. */
  cniRules: CniRules;
  /** meshConfig.trustDomain (default cluster.local): the SPIFFE identities' trust domain. */
  trustDomain: string;
  /** meshConfig.rootNamespace (default: istiod's namespace). */
  rootNamespace: string;
  loaded: boolean;
};

const EMPTY: LabelSelector[] = [];

/**
 * Discovery selectors of the Istio CR (`default`, else the first) and the ZTunnel namespace
 * (the ZTunnel CR's `spec.namespace` in either served version, else istiod's trusted ztunnel
 * namespace, else `ztunnel`). Missing CRDs or permissions give the defaults.
 */
export const useMeshSettings = (): MeshSettings => {
  const istios = useIstios();
  const v1 = useZTunnels({ version: 'v1' });
  const v1alpha1 = useZTunnels({ version: 'v1alpha1' });
  const cnis = useIstioCNIs();
  const cni = cnis.istioCNIs[0];
  const cniRules = React.useMemo(() => cniRulesOf(cni), [cni]);
  const istio: IstioKind | undefined =
    istios.istios.find((i) => getName(i) === 'default') ?? istios.istios[0];
  const ztunnel = [...v1.ztunnels, ...v1alpha1.ztunnels][0];
  const ztunnelNamespace =
    ztunnel?.spec?.namespace ?? getTrustedZtunnelNamespace(istio) ?? DEFAULT_ZTUNNEL_NAMESPACE;
  // one array per Istio object: a new one on every render would rebuild the topology each time
  const discoverySelectors = React.useMemo(
    () => (istio ? getDiscoverySelectors(istio) : EMPTY),
    [istio],
  );
  return {
    discoverySelectors,
    ztunnelNamespace,
    cniRules,
    trustDomain: getTrustDomain(istio),
    rootNamespace: getRootNamespace(istio),
    // each ZTunnel version settled: a version not served answers at once (`notServed`), the
    // served one once listed, so the namespace is not taken from a version still loading
    loaded: settled(istios) && settled(v1) && settled(v1alpha1),
  };
};
