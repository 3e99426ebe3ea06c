import * as React from 'react';
import { useClusterVersion } from '../../resources/clusterversion/hooks';
import {
  GATEWAY_CLASS_CRD,
  GATEWAY_CRD,
  SAIL_ISTIO_CRD,
  SAIL_ZTUNNEL_CRD,
  SMCP_CRD,
  useCRD,
} from '../../resources/crd/hooks';
import { preferredZTunnelVersion } from '../../k8s/crd/selectors';
import { useClusterServiceVersions } from '../../resources/csv/hooks';
import { useIstios } from '../../resources/istio/hooks';
import { useIstioCNIs } from '../../resources/istiocni/hooks';
import { useIstioRevisionTags } from '../../resources/istiorevisiontag/hooks';
import type { IstioRevisionTagKind } from '../../k8s/istiorevisiontag/types';
import { useNamespaces } from '../../resources/namespace/hooks';
import { useNetworkOperator } from '../../resources/network/hooks';
import { useZTunnels } from '../../resources/ztunnel/hooks';
import type { IstioKind } from '../../k8s/istio/types';
import type { IstioCNIKind } from '../../k8s/istiocni/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { NetworkOperatorKind } from '../../k8s/network/types';
import type { ZTunnelKind } from '../../k8s/ztunnel/types';
import type { ZTunnelVersion } from '../../k8s/ztunnel/models';
import {
  supportedVersions,
  ztunnelServesTargetRef,
  type SupportedVersions,
} from '../../mesh/install/versions';
import type { PreflightInput } from '../../mesh/preflight/types';

export type InstallInputs = {
  preflight: PreflightInput;
  /** Whether the Sail CRDs are known (present or absent). */
  crdsLoaded: boolean;
  sailInstalled: boolean;
  ztunnelVersion: ZTunnelVersion;
  /** Whether the served ZTunnel schema names its Istio through `spec.targetRef`. */
  ztunnelTargetRef: boolean;
  versions: SupportedVersions;
  istios: IstioKind[];
  istioCNIs: IstioCNIKind[];
  ztunnels: ZTunnelKind[];
  /** IstioRevisionTags (the install adds `default` for a revision other than `default`). */
  revisionTags: IstioRevisionTagKind[];
  namespaces: NamespaceKind[];
  /** The namespace list holds its last page (or failed): nothing more is coming. */
  namespacesComplete: boolean;
  network?: NetworkOperatorKind;
};

/** Every watch the wizard needs (no polling): prerequisites, served versions, existing CRs. */
export const useInstallInputs = (): InstallInputs => {
  const cv = useClusterVersion();
  const istioCRD = useCRD({ name: SAIL_ISTIO_CRD });
  const ztunnelCRD = useCRD({ name: SAIL_ZTUNNEL_CRD });
  const gatewayCRD = useCRD({ name: GATEWAY_CRD });
  const gatewayClassCRD = useCRD({ name: GATEWAY_CLASS_CRD });
  const smcpCRD = useCRD({ name: SMCP_CRD });
  const csvs = useClusterServiceVersions();
  const net = useNetworkOperator();
  const sailInstalled = !!istioCRD.crd;
  const ztunnelVersion = preferredZTunnelVersion(ztunnelCRD.crd);
  const istios = useIstios({ enabled: sailInstalled });
  const cnis = useIstioCNIs({ enabled: sailInstalled });
  const tags = useIstioRevisionTags({ enabled: sailInstalled });
  const zts = useZTunnels({ version: ztunnelVersion, enabled: sailInstalled && ztunnelCRD.loaded });
  const ns = useNamespaces();
  const crdsLoaded =
    (istioCRD.loaded || !!istioCRD.error) && (ztunnelCRD.loaded || !!ztunnelCRD.error);
  const noSail = crdsLoaded && !sailInstalled;

  const preflight: PreflightInput = {
    clusterVersion: { loaded: cv.loaded, error: cv.error, data: cv.cv },
    istioCRD: { loaded: istioCRD.loaded, error: istioCRD.error, data: istioCRD.crd },
    gatewayCRD: { loaded: gatewayCRD.loaded, error: gatewayCRD.error, data: gatewayCRD.crd },
    gatewayClassCRD: {
      loaded: gatewayClassCRD.loaded,
      error: gatewayClassCRD.error,
      data: gatewayClassCRD.crd,
    },
    smcpCRD: { loaded: smcpCRD.loaded, error: smcpCRD.error, data: smcpCRD.crd },
    csvs: { loaded: csvs.loaded, error: csvs.error, data: csvs.csvs },
    network: { loaded: net.loaded, error: net.error, data: net.network },
    istios: { loaded: istios.loaded || noSail, error: istios.error, data: istios.istios },
    istioCNIs: { loaded: cnis.loaded || noSail, error: cnis.error, data: cnis.istioCNIs },
    ztunnels: { loaded: zts.loaded || noSail, error: zts.error, data: zts.ztunnels },
    namespaces: { loaded: ns.loaded, error: ns.error, data: ns.namespaces },
  };
  const istioSchema = istioCRD.crd;
  const versions = React.useMemo(() => supportedVersions(istioSchema), [istioSchema]);
  return {
    preflight,
    crdsLoaded,
    sailInstalled,
    ztunnelVersion,
    ztunnelTargetRef: ztunnelServesTargetRef(ztunnelCRD.crd, ztunnelVersion),
    versions,
    istios: istios.istios,
    istioCNIs: cnis.istioCNIs,
    ztunnels: zts.ztunnels,
    revisionTags: tags.tags,
    namespaces: ns.namespaces,
    namespacesComplete: ns.complete,
    network: net.network,
  };
};
