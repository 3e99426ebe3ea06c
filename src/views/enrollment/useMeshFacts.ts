import * as React from 'react';
import type { MeshFacts } from '../../mesh/enrollment/preflight';
import { readyZtunnelNodes } from '../../mesh/enrollment/ztunnel';
import { useIstios } from '../../resources/istio/hooks';
import { getDiscoverySelectors } from '../../resources/istio/selectors';
import { useZtunnelPods } from '../../resources/pod/hooks';
import { useZTunnels } from '../../resources/ztunnel/hooks';
import { DEFAULT_ZTUNNEL_NAMESPACE } from '../../resources/ztunnel/types';

export type MeshFactsWatch = { facts: MeshFacts; loaded: boolean; ztunnelNamespace: string };

/**
 * What the enrollment checks need to know about the mesh, from four bounded watches: the Istio
 * CRs, the ZTunnel CRs (v1 and v1alpha1, whichever is served) and the ztunnel pods. A fact the
 * user may not read stays undefined ("could not verify"), it is never guessed.
 */
export const useMeshFacts = (): MeshFactsWatch => {
  const istios = useIstios();
  const v1 = useZTunnels('v1');
  const v1alpha1 = useZTunnels('v1alpha1');
  const ztunnels = v1.ztunnels.length > 0 ? v1.ztunnels : v1alpha1.ztunnels;
  const ztunnelKnown = (v1.loaded && !v1.error) || (v1alpha1.loaded && !v1alpha1.error);
  const ztunnelsLoaded = v1.loaded || v1alpha1.loaded || (!!v1.error && !!v1alpha1.error);
  const ztunnelNamespace = ztunnels[0]?.spec?.namespace || DEFAULT_ZTUNNEL_NAMESPACE;
  const ztunnelPods = useZtunnelPods(ztunnelNamespace);

  const istioKnown = istios.loaded && !istios.error;
  const istio = istios.istios.find((i) => i.metadata?.name === 'default') ?? istios.istios[0];
  const loaded =
    (istios.loaded || !!istios.error) &&
    ztunnelsLoaded &&
    (ztunnelPods.loaded || !!ztunnelPods.error);

  const facts = React.useMemo<MeshFacts>(() => {
    const installed =
      istioKnown && ztunnelKnown
        ? !!istio && ztunnels.length > 0
        : istioKnown && !istio
          ? false
          : undefined;
    return {
      installed,
      discoverySelectors: istioKnown && istio ? getDiscoverySelectors(istio) : undefined,
      ztunnelNodes:
        ztunnelPods.loaded && !ztunnelPods.error ? readyZtunnelNodes(ztunnelPods.pods) : undefined,
    };
  }, [
    istioKnown,
    ztunnelKnown,
    istio,
    ztunnels.length,
    ztunnelPods.loaded,
    ztunnelPods.error,
    ztunnelPods.pods,
  ]);

  return { facts, loaded, ztunnelNamespace };
};
