import { compareVersions, parseSemver } from '../install/versions';
import type { CheckId, CheckStatus, PreflightCheck, PreflightInput, Probe } from './types';
import { getLabels, getName } from '../../k8s/common/selectors';
import { getClusterVersion } from '../../k8s/clusterversion/selectors';
import { getServedVersions, isVersionServed } from '../../k8s/crd/selectors';
import type { CustomResourceDefinitionKind } from '../../k8s/crd/types';
import { findServiceMesh3CSV, getCSVVersion } from '../../k8s/csv/selectors';
import { getDefaultNetworkType, isRoutingViaHost } from '../../k8s/network/selectors';
import { ISTIO_INJECTION_LABEL, ISTIO_REV_LABEL } from '../labels';

const check = (
  id: CheckId,
  status: CheckStatus,
  code: string,
  params: Record<string, string> = {},
  extra: Partial<PreflightCheck> = {},
): PreflightCheck => ({ id, status, code, params, blocking: false, ...extra });

const waiting = (...probes: Probe<unknown>[]): boolean => probes.some((p) => !p.loaded && !p.error);

export const MIN_OPENSHIFT = '4.19';
export const MIN_OPERATOR = '3.1';

const evalOpenShift = ({ clusterVersion: cv }: PreflightInput): PreflightCheck => {
  if (waiting(cv)) return check('openshift', 'loading', 'loading');
  const v = getClusterVersion(cv.data);
  if (!v || !parseSemver(v)) return check('openshift', 'warn', 'openshiftUnknown');
  return compareVersions(v, MIN_OPENSHIFT) >= 0
    ? check('openshift', 'pass', 'openshiftOK', { version: v })
    : check('openshift', 'fail', 'openshiftTooOld', { version: v, min: MIN_OPENSHIFT });
};

/** The Service Mesh 3 operator's version: its CSV, else the Istio line its CRD defaults to. */
const operatorVersion = (input: PreflightInput): string | undefined => {
  const csvVersion = getCSVVersion(findServiceMesh3CSV(input.csvs.data ?? []));
  if (csvVersion) return csvVersion;
  const [served] = getServedVersions(input.istioCRD.data);
  const def = served?.schema?.openAPIV3Schema?.properties?.spec?.properties?.version?.default;
  const istio = typeof def === 'string' ? parseSemver(def) : undefined;
  if (!istio) return undefined;
  // 3.0 ships Istio 1.24, 3.1 ships 1.26, 3.2 ships 1.27, and so on.
  return istio[1] < 26 ? '3.0' : `3.${istio[1] - 25}`;
};

const evalOperator = (input: PreflightInput): PreflightCheck => {
  if (waiting(input.istioCRD)) return check('operator', 'loading', 'loading');
  if (!input.istioCRD.data)
    return check('operator', 'fail', 'operatorMissing', {}, { blocking: true });
  const version = operatorVersion(input);
  if (!version) return check('operator', 'warn', 'operatorVersionUnknown');
  return compareVersions(version, MIN_OPERATOR) >= 0
    ? check('operator', 'pass', 'operatorOK', { version })
    : check('operator', 'fail', 'operatorTooOld', { version, min: MIN_OPERATOR });
};

const servesV1 = (p: Probe<CustomResourceDefinitionKind>) => isVersionServed(p.data, 'v1');

const evalGatewayAPI = ({ gatewayCRD, gatewayClassCRD }: PreflightInput): PreflightCheck => {
  if (waiting(gatewayCRD, gatewayClassCRD)) return check('gatewayAPI', 'loading', 'loading');
  return servesV1(gatewayCRD) && servesV1(gatewayClassCRD)
    ? check('gatewayAPI', 'pass', 'gatewayAPIOK')
    : check('gatewayAPI', 'warn', 'gatewayAPIMissing');
};

const evalNetwork = ({ network }: PreflightInput): PreflightCheck => {
  if (waiting(network)) return check('network', 'loading', 'loading');
  if (!network.data) return check('network', 'warn', 'networkUnknown');
  const type = getDefaultNetworkType(network.data);
  if (type !== 'OVNKubernetes') {
    return check('network', 'fail', 'networkNotOVN', { type: type ?? '' });
  }
  return isRoutingViaHost(network.data)
    ? check('network', 'pass', 'networkOK')
    : check('network', 'fail', 'routingViaHostOff', {}, { fixable: true });
};

const evalServiceMesh2 = ({ smcpCRD, csvs }: PreflightInput): PreflightCheck => {
  if (waiting(smcpCRD)) return check('serviceMesh2', 'loading', 'loading');
  const csv = (csvs.data ?? []).find((c) => /^servicemeshoperator\.v2\./.test(getName(c)));
  if (smcpCRD.data || csv) {
    return check(
      'serviceMesh2',
      'fail',
      'serviceMesh2Present',
      { name: getName(csv) },
      { blocking: true },
    );
  }
  return check('serviceMesh2', 'pass', 'serviceMesh2Absent');
};

const evalExisting = ({ istios, istioCNIs, ztunnels }: PreflightInput): PreflightCheck => {
  if (waiting(istios, istioCNIs, ztunnels)) return check('existing', 'loading', 'loading');
  if (istios.error || istioCNIs.error || ztunnels.error) {
    return check('existing', 'warn', 'existingUnknown');
  }
  const names = [
    ...(istios.data ?? []).map((o) => `Istio/${getName(o)}`),
    ...(istioCNIs.data ?? []).map((o) => `IstioCNI/${getName(o)}`),
    ...(ztunnels.data ?? []).map((o) => `ZTunnel/${getName(o)}`),
  ];
  return names.length
    ? check('existing', 'warn', 'existingAdopt', { names: names.join(', ') })
    : check('existing', 'pass', 'existingNone');
};

/** Namespaces in sidecar mode: `istio-injection=enabled` or an `istio.io/rev` label. */
export const sidecarNamespaces = (namespaces: PreflightInput['namespaces']['data']): string[] =>
  (namespaces ?? [])
    .filter((n) => {
      const l = getLabels(n);
      return l[ISTIO_INJECTION_LABEL] === 'enabled' || l[ISTIO_REV_LABEL] !== undefined;
    })
    .map((n) => getName(n));

const evalSidecars = ({ namespaces }: PreflightInput): PreflightCheck => {
  if (waiting(namespaces)) return check('sidecars', 'loading', 'loading');
  if (namespaces.error) return check('sidecars', 'warn', 'sidecarUnknown');
  const names = sidecarNamespaces(namespaces.data);
  return names.length
    ? check('sidecars', 'warn', 'sidecarNamespaces', {
        names: names.join(', '),
        n: String(names.length),
      })
    : check('sidecars', 'pass', 'sidecarNone');
};

/** Every prerequisite of ambient mode on OpenShift, each with pass, warn or fail and its reason. */
export const evaluatePreflight = (input: PreflightInput): PreflightCheck[] => [
  evalOpenShift(input),
  evalOperator(input),
  evalGatewayAPI(input),
  evalNetwork(input),
  evalServiceMesh2(input),
  evalExisting(input),
  evalSidecars(input),
];

export const isBlocked = (checks: PreflightCheck[]): boolean => checks.some((c) => c.blocking);
export const isLoading = (checks: PreflightCheck[]): boolean =>
  checks.some((c) => c.status === 'loading');
