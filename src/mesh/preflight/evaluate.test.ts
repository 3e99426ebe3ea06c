import { evaluatePreflight, isBlocked, isLoading } from './evaluate';
import { routingViaHostPatch } from './fix';
import type { PreflightInput } from './types';
import { loadCRD } from '../../testing/crds';

const crd = (versions: string[]) => ({
  spec: {
    group: 'g',
    names: { kind: 'K', plural: 'ks' },
    scope: 'Cluster' as const,
    versions: versions.map((name) => ({ name, served: true, storage: name === 'v1' })),
  },
});

const healthy: PreflightInput = {
  clusterVersion: { loaded: true, data: { status: { desired: { version: '4.19.3' } } } },
  istioCRD: { loaded: true, data: loadCRD('release-1.26', 'istios') },
  gatewayCRD: { loaded: true, data: crd(['v1', 'v1beta1']) },
  gatewayClassCRD: { loaded: true, data: crd(['v1']) },
  smcpCRD: { loaded: true },
  csvs: { loaded: true, data: [] },
  network: {
    loaded: true,
    data: {
      spec: {
        defaultNetwork: {
          type: 'OVNKubernetes',
          ovnKubernetesConfig: { gatewayConfig: { routingViaHost: true } },
        },
      },
    },
  },
  istios: { loaded: true, data: [] },
  istioCNIs: { loaded: true, data: [] },
  ztunnels: { loaded: true, data: [] },
  namespaces: { loaded: true, data: [{ metadata: { name: 'bookinfo' } }] },
};

const byId = (input: PreflightInput) =>
  Object.fromEntries(evaluatePreflight(input).map((c) => [c.id, c]));

describe('evaluatePreflight', () => {
  it('passes every check on a ready cluster', () => {
    const checks = evaluatePreflight(healthy);
    expect(checks.map((c) => c.status)).toEqual(Array(7).fill('pass'));
    expect(byId(healthy).operator.params.version).toBe('3.1');
    expect(isBlocked(checks)).toBe(false);
  });

  it('reads the operator version from its CSV first', () => {
    const csvs = {
      loaded: true,
      data: [{ metadata: { name: 'servicemeshoperator3.v3.2.1' }, spec: { version: '3.2.1' } }],
    };
    expect(byId({ ...healthy, csvs }).operator).toMatchObject({
      status: 'pass',
      params: { version: '3.2.1' },
    });
    const old = {
      loaded: true,
      data: [{ metadata: { name: 'servicemeshoperator3.v3.0.2' }, spec: { version: '3.0.2' } }],
    };
    expect(byId({ ...healthy, csvs: old }).operator).toMatchObject({
      status: 'fail',
      code: 'operatorTooOld',
    });
  });

  it('blocks on Service Mesh 2 and on a missing operator', () => {
    const sm2 = byId({ ...healthy, smcpCRD: { loaded: true, data: crd(['v2']) } });
    expect(sm2.serviceMesh2).toMatchObject({ status: 'fail', blocking: true });
    const none = evaluatePreflight({ ...healthy, istioCRD: { loaded: true } });
    expect(none.find((c) => c.id === 'operator')).toMatchObject({
      code: 'operatorMissing',
      blocking: true,
    });
    expect(isBlocked(none)).toBe(true);
  });

  it('fails an old OpenShift and an unsuitable network, offering the fix', () => {
    const old = byId({
      ...healthy,
      clusterVersion: { loaded: true, data: { status: { desired: { version: '4.18.9' } } } },
    });
    expect(old.openshift).toMatchObject({
      status: 'fail',
      blocking: false,
      params: { version: '4.18.9' },
    });
    const network = { loaded: true, data: { spec: { defaultNetwork: { type: 'OVNKubernetes' } } } };
    expect(byId({ ...healthy, network }).network).toMatchObject({ status: 'fail', fixable: true });
    const sdn = { loaded: true, data: { spec: { defaultNetwork: { type: 'OpenShiftSDN' } } } };
    const notOVN = byId({ ...healthy, network: sdn }).network;
    expect(notOVN).toMatchObject({ code: 'networkNotOVN', params: { type: 'OpenShiftSDN' } });
    expect(notOVN.fixable).toBeFalsy();
    expect(
      byId({ ...healthy, network: { loaded: false, error: new Error('403') } }).network.status,
    ).toBe('warn');
  });

  it('warns about existing CRs, sidecar namespaces and a missing Gateway API', () => {
    const input: PreflightInput = {
      ...healthy,
      istios: { loaded: true, data: [{ metadata: { name: 'default' } }] },
      namespaces: {
        loaded: true,
        data: [
          { metadata: { name: 'a', labels: { 'istio-injection': 'enabled' } } },
          { metadata: { name: 'b', labels: { 'istio.io/rev': 'canary' } } },
          { metadata: { name: 'c', labels: { 'istio-injection': 'disabled' } } },
        ],
      },
      gatewayClassCRD: { loaded: true },
    };
    const r = byId(input);
    expect(r.existing).toMatchObject({ status: 'warn', params: { names: 'Istio/default' } });
    expect(r.sidecars).toMatchObject({ status: 'warn', params: { names: 'a, b', n: '2' } });
    expect(r.gatewayAPI.status).toBe('warn');
  });

  it('warns when an input may not be read', () => {
    const denied = { loaded: false, error: { code: 403 } };
    const r = byId({ ...healthy, istios: denied, namespaces: denied, clusterVersion: denied });
    expect(r.existing.code).toBe('existingUnknown');
    expect(r.sidecars.code).toBe('sidecarUnknown');
    expect(r.openshift).toMatchObject({ status: 'warn', code: 'openshiftUnknown' });
  });

  it('is loading until its inputs arrive', () => {
    expect(isLoading(evaluatePreflight({ ...healthy, istios: { loaded: false } }))).toBe(true);
    expect(isLoading(evaluatePreflight(healthy))).toBe(false);
  });
});

describe('routingViaHostPatch', () => {
  it('sets only routingViaHost', () => {
    const n = {
      spec: { defaultNetwork: { type: 'OVNKubernetes', ovnKubernetesConfig: { mtu: 1400 } } },
    };
    expect(routingViaHostPatch(n)).toEqual([
      {
        op: 'add',
        path: '/spec/defaultNetwork/ovnKubernetesConfig/gatewayConfig',
        value: { routingViaHost: true },
      },
    ]);
    const off = {
      spec: {
        defaultNetwork: { ovnKubernetesConfig: { gatewayConfig: { routingViaHost: false } } },
      },
    };
    expect(routingViaHostPatch(off)).toEqual([
      {
        op: 'replace',
        path: '/spec/defaultNetwork/ovnKubernetesConfig/gatewayConfig/routingViaHost',
        value: true,
      },
    ]);
  });
});
