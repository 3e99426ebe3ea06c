import * as React from 'react';
import { useNodes } from '../../resources/node/hooks';
import { usePods } from '../../resources/pod/hooks';
import { useComponentPods } from '../../resources/upgrade/hooks';
import { useRevisionObjects } from '../../resources/uninstall/hooks';
import { getName } from '../../k8s/common/selectors';
import { getIstioNamespace } from '../../k8s/istio/selectors';
import type { IstioRevisionKind } from '../../k8s/istiorevision/types';
import { DEFAULT_ZTUNNEL_NAMESPACE } from '../../k8s/ztunnel/types';
import type { RunningVersions } from '../../mesh/upgrade/targets';
import { strategyOf, type UpgradeInstall } from '../../mesh/upgrade/plan';
import { useInstallInputs } from '../install/useInstallInputs';

/** Every watch of the upgrade page (no polling): the CRs, their pods, nodes, revisions. */
export const useUpgradeData = () => {
  const inputs = useInstallInputs();
  const istio = inputs.istios.find((i) => getName(i) === 'default') ?? inputs.istios[0];
  const ztunnel = inputs.ztunnels[0];
  const cni = inputs.istioCNIs[0];
  const installed = !!(istio || ztunnel || cni);
  const pods = useComponentPods({
    istioNamespace: getIstioNamespace(istio),
    ztunnelNamespace: ztunnel?.spec?.namespace ?? DEFAULT_ZTUNNEL_NAMESPACE,
    cniNamespace: cni?.spec?.namespace ?? 'istio-cni',
    enabled: installed,
  });
  const nodes = useNodes({ enabled: installed });
  // Only a RevisionBased install asks for every pod: what still pins an old revision.
  const allPods = usePods({ enabled: installed && strategyOf(istio) === 'RevisionBased' });
  const revs = useRevisionObjects({ enabled: inputs.sailInstalled });
  const install: UpgradeInstall = React.useMemo(
    () => ({ istio, ztunnel, cni, tags: inputs.revisionTags }),
    [istio, ztunnel, cni, inputs.revisionTags],
  );
  const running: RunningVersions = React.useMemo(
    () => ({
      istio: istio?.spec?.version,
      dataPlane: [ztunnel?.spec?.version, cni?.spec?.version],
    }),
    [istio, ztunnel, cni],
  );
  const p = inputs.preflight;
  return {
    loaded:
      inputs.crdsLoaded &&
      (!inputs.sailInstalled || (p.istios.loaded && p.istioCNIs.loaded && p.ztunnels.loaded)),
    podsLoaded: pods.loaded && nodes.loaded,
    error: p.istioCRD.error ?? p.istios.error,
    installed,
    install,
    running,
    versions: inputs.versions.versions,
    ztunnelVersion: inputs.ztunnelVersion,
    pods,
    nodes: nodes.nodes,
    revisions: revs.revisions as IstioRevisionKind[],
    namespaces: inputs.namespaces,
    allPods: allPods.pods,
  };
};

export type UpgradeData = ReturnType<typeof useUpgradeData>;
