import * as React from 'react';
import { usePods } from '../../resources/pod/hooks';
import { useNodes } from '../../resources/node/hooks';
import type { PodKind } from '../../k8s/pod/types';
import { evaluatePreflight } from '../../mesh/preflight/evaluate';
import {
  enrollmentCounts,
  nextStep,
  podsPerNode,
  type Component,
} from '../../mesh/health/overview';
import { revisionRows } from '../../mesh/health/revisions';
import { useInstallInputs } from '../install/useInstallInputs';
import { useListsWhole } from '../../utils/useListsWhole';
import { useRevisionObjects } from '../../resources/uninstall/hooks';
import type { IstioRevisionKind } from '../../k8s/istiorevision/types';
import { getIstioNamespace } from '../../k8s/istio/selectors';
import { getLabel, getName, getNamespace } from '../../k8s/common/selectors';

const inNamespace = (pods: PodKind[], ns: string | undefined, key: string, value: string) =>
  pods.filter((p) => getNamespace(p) === ns && getLabel(p, key) === value);

/** The overview's view model, from watches only: one pod watch serves every count. */
export const useOverviewData = () => {
  const inputs = useInstallInputs();
  const installed = inputs.istios.length + inputs.istioCNIs.length + inputs.ztunnels.length > 0;
  const {
    pods,
    loaded: podsLoaded,
    error: podsError,
    complete: podsComplete,
  } = usePods({
    enabled: installed,
  });
  const { nodes, loaded: nodesLoaded } = useNodes({ enabled: installed });
  const checks = evaluatePreflight(inputs.preflight);
  const operator = checks.find((c) => c.id === 'operator');
  const serviceMesh2 = checks.find((c) => c.id === 'serviceMesh2')?.status === 'fail';
  const istio = inputs.istios.find((i) => getName(i) === 'default') ?? inputs.istios[0];
  const cni = inputs.istioCNIs[0];
  const zt = inputs.ztunnels[0];
  const rows = React.useMemo(() => {
    const byComponent: Record<Component, PodKind[]> = {
      istiod: inNamespace(pods, getIstioNamespace(istio), 'app', 'istiod'),
      istioCNI: inNamespace(pods, cni?.spec?.namespace ?? 'istio-cni', 'k8s-app', 'istio-cni-node'),
      ztunnel: inNamespace(pods, zt?.spec?.namespace ?? 'ztunnel', 'app', 'ztunnel'),
    };
    return podsPerNode(nodes, byComponent);
  }, [pods, nodes, istio, cni, zt]);
  const counts = React.useMemo(
    () => enrollmentCounts(inputs.namespaces, pods),
    [inputs.namespaces, pods],
  );
  // the counts only once both lists are all in: their pages arrive one by one for seconds on a
  // large cluster, and a partial count reads like a final one
  const countsWhole = useListsWhole(
    podsLoaded && inputs.preflight.namespaces.loaded,
    (!installed || podsComplete || !!podsError) && inputs.namespacesComplete,
    counts,
  );
  const istioRevisions = useRevisionObjects({ enabled: installed }).revisions;
  const revisions = React.useMemo(
    () =>
      revisionRows(
        inputs.istios,
        inputs.revisionTags,
        inputs.namespaces,
        pods,
        istioRevisions as IstioRevisionKind[],
      ),
    [inputs.istios, inputs.revisionTags, inputs.namespaces, pods, istioRevisions],
  );
  const p = inputs.preflight;
  return {
    loaded: inputs.crdsLoaded && p.smcpCRD.loaded && (!inputs.sailInstalled || p.istios.loaded),
    error: p.istioCRD.error,
    operator,
    serviceMesh2,
    installed,
    next: nextStep({ sailCRDs: inputs.sailInstalled, serviceMesh2, installed }),
    istios: inputs.istios,
    istioCNIs: inputs.istioCNIs,
    ztunnels: inputs.ztunnels,
    ztunnelVersion: inputs.ztunnelVersion,
    /** The versions the installed operator supports (for the upgrade alert). */
    versions: inputs.versions.versions,
    rows,
    rowsLoaded: podsLoaded && nodesLoaded,
    revisions,
    counts,
    countsWhole,
  };
};

export type OverviewData = ReturnType<typeof useOverviewData>;
