import { compareVersions, parseSemver } from '../install/versions';
import type { CheckId, CheckStatus, PreflightCheck, PreflightInput, Probe } from './types';

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
  const v = cv.data?.status?.desired?.version ?? cv.data?.status?.history?.[0]?.version;
  if (!v || !parseSemver(v)) return check('openshift', 'warn', 'openshiftUnknown');
  return compareVersions(v, MIN_OPENSHIFT) >= 0
    ? check('openshift', 'pass', 'openshiftOK', { version: v })
    : check('openshift', 'fail', 'openshiftTooOld', { version: v, min: MIN_OPENSHIFT });
};

/** The Service Mesh 3 operator's version: its CSV, else the Istio line its CRD defaults to. */
const operatorVersion = (input: PreflightInput): string | undefined => {
  const csv = (input.csvs.data ?? []).find((c) =>
    c.metadata?.name?.startsWith('servicemeshoperator3.'),
  );
  if (csv?.spec?.version) return csv.spec.version;
  const served = (input.istioCRD.data?.spec?.versions ?? []).find((v) => v.served);
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

const servesV1 = (p: Probe<{ spec?: { versions?: { name: string; served: boolean }[] } }>) =>
  (p.data?.spec?.versions ?? []).some((v) => v.name === 'v1' && v.served);

const evalGatewayAPI = ({ gatewayCRD, gatewayClassCRD }: PreflightInput): PreflightCheck => {
  if (waiting(gatewayCRD, gatewayClassCRD)) return check('gatewayAPI', 'loading', 'loading');
  return servesV1(gatewayCRD) && servesV1(gatewayClassCRD)
    ? check('gatewayAPI', 'pass', 'gatewayAPIOK')
    : check('gatewayAPI', 'warn', 'gatewayAPIMissing');
};

const evalNetwork = ({ network }: PreflightInput): PreflightCheck => {
  if (waiting(network)) return check('network', 'loading', 'loading');
  const spec = network.data?.spec?.defaultNetwork;
  if (!network.data) return check('network', 'warn', 'networkUnknown');
  if (spec?.type !== 'OVNKubernetes') {
    return check('network', 'fail', 'networkNotOVN', { type: spec?.type ?? '' });
  }
  return spec.ovnKubernetesConfig?.gatewayConfig?.routingViaHost === true
    ? check('network', 'pass', 'networkOK')
    : check('network', 'fail', 'routingViaHostOff', {}, { fixable: true });
};

const evalServiceMesh2 = ({ smcpCRD, csvs }: PreflightInput): PreflightCheck => {
  if (waiting(smcpCRD)) return check('serviceMesh2', 'loading', 'loading');
  const csv = (csvs.data ?? []).find((c) =>
    /^servicemeshoperator\.v2\./.test(c.metadata?.name ?? ''),
  );
  if (smcpCRD.data || csv) {
    return check(
      'serviceMesh2',
      'fail',
      'serviceMesh2Present',
      { name: csv?.metadata?.name ?? '' },
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
    ...(istios.data ?? []).map((o) => `Istio/${o.metadata?.name}`),
    ...(istioCNIs.data ?? []).map((o) => `IstioCNI/${o.metadata?.name}`),
    ...(ztunnels.data ?? []).map((o) => `ZTunnel/${o.metadata?.name}`),
  ];
  return names.length
    ? check('existing', 'warn', 'existingAdopt', { names: names.join(', ') })
    : check('existing', 'pass', 'existingNone');
};

/** Namespaces in sidecar mode: `istio-injection=enabled` or an `istio.io/rev` label. */
export const sidecarNamespaces = (namespaces: PreflightInput['namespaces']['data']): string[] =>
  (namespaces ?? [])
    .filter((n) => {
      const l = n.metadata?.labels ?? {};
      return l['istio-injection'] === 'enabled' || l['istio.io/rev'] !== undefined;
    })
    .map((n) => n.metadata?.name ?? '');

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
