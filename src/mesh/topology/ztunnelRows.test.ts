import type { PodKind } from '../../k8s/pod/types';
import { pod, waypoint } from '../../testing/objects';
import { buildTopology } from './model';
import { listedByZtunnel, podAddresses, ztunnelProtocol } from './rows';

// Cases from istio/istio pilot/pkg/serviceregistry/kube/controller/ambient/workloads.go
// (podWorkloadBuilder, setTunnelProtocol, computeWaypoint) and pkg/kube/util.go CheckPodTerminal.

const withStatus = (p: PodKind, status: PodKind['status']): PodKind => ({ ...p, status });

describe('listedByZtunnel: which pods are workloads', () => {
  const base = pod('app', 'web', { ip: '10.0.0.1' });
  it.each<[string, PodKind, boolean, boolean]>([
    ['running with an IP', base, true, true],
    ['namespace not discovered', base, false, false],
    ['Succeeded', withStatus(base, { ...base.status, phase: 'Succeeded' }), true, false],
    ['Failed', withStatus(base, { ...base.status, phase: 'Failed' }), true, false],
    ['Pending with an IP', withStatus(base, { ...base.status, phase: 'Pending' }), true, true],
    ['no IP yet', pod('app', 'new', { ip: null }), true, false],
    ['podIP only', withStatus(base, { phase: 'Running', podIP: '10.0.0.2' }), true, true],
  ])('%s -> %s', (_name, p, discovered, expected) => {
    expect(listedByZtunnel(p, discovered)).toBe(expected);
  });
});

describe('podAddresses: every IP, podIPs before podIP', () => {
  it.each<[PodKind['status'], string[]]>([
    [
      { podIP: '10.0.0.1', podIPs: [{ ip: '10.0.0.1' }, { ip: 'fd00::1' }] },
      ['10.0.0.1', 'fd00::1'],
    ],
    [{ podIP: '10.0.0.1' }, ['10.0.0.1']],
    [{}, []],
  ])('%j -> %j', (status, expected) => {
    expect(podAddresses({ metadata: { name: 'p' }, status })).toEqual(expected);
  });
});

describe('ztunnelProtocol', () => {
  it.each<[Record<string, string>, Record<string, string>, string]>([
    [{}, {}, 'TCP'],
    [{}, { 'ambient.istio.io/redirection': 'enabled' }, 'HBONE'],
    [{}, { 'ambient.istio.io/redirection': 'pending' }, 'TCP'],
    [{ 'networking.istio.io/tunnel': 'http' }, {}, 'HBONE'],
    [{ 'networking.istio.io/tunnel': 'other,http' }, {}, 'HBONE'],
    [{ 'networking.istio.io/tunnel': 'https' }, {}, 'TCP'],
  ])('labels %j, annotations %j -> %s', (labels, annotations, expected) => {
    expect(ztunnelProtocol(pod('app', 'p', { labels, annotations }))).toBe(expected);
  });
});

describe('buildTopology: rows as ztunnel lists them', () => {
  const model = buildTopology({
    pods: [
      pod('app', 'dual', {
        node: 'n1',
        ip: '10.0.0.1',
        labels: { 'istio.io/use-waypoint': 'wp' },
      }),
      pod('app', 'wp-abc', {
        node: 'n1',
        labels: {
          'gateway.networking.k8s.io/gateway-name': 'wp',
          'gateway.istio.io/managed': 'istio.io-mesh-controller',
          'istio.io/use-waypoint': 'wp',
        },
      }),
      pod('app', 'done', { node: 'n1' }),
    ].map((p) =>
      p.metadata?.name === 'dual'
        ? { ...p, status: { ...p.status, podIPs: [{ ip: '10.0.0.1' }, { ip: 'fd00::1' }] } }
        : p.metadata?.name === 'done'
          ? { ...p, status: { ...p.status, phase: 'Succeeded' } }
          : p,
    ),
    nodes: [],
    namespaces: [],
    ztunnelPods: undefined,
    gateways: [waypoint('app', 'wp', 'all')],
    discoverySelectors: [],
    ztunnelNamespace: 'ztunnel',
  });
  const byName = Object.fromEntries(model.rows.map((r) => [r.name, r]));

  it('joins all IPs, skips terminal pods', () => {
    expect(byName.dual.address).toBe('10.0.0.1,fd00::1');
    expect(byName.done).toBeUndefined();
  });

  it('gives a waypoint pod no waypoint, its users the waypoint', () => {
    expect(byName['wp-abc'].waypoint).toBeNull();
    expect(byName.dual.waypoint).toMatchObject({ name: 'wp', state: 'ready' });
  });
});
