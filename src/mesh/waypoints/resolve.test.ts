import type { GatewayKind } from '../../k8s/gateway/types';
import { indexGateways, requestedWaypoint, resolveWaypoint, waypointFor } from './resolve';

const labels = (l: Record<string, string>) => ({
  metadata: { name: 'x', namespace: 'app', labels: l },
});
const nsWith = (l: Record<string, string>) => ({ metadata: { name: 'app', labels: l } });

const gw = (name: string, ns: string, forType?: string, address = true): GatewayKind => ({
  metadata: { name, namespace: ns, labels: forType ? { 'istio.io/waypoint-for': forType } : {} },
  spec: {
    gatewayClassName: 'istio-waypoint',
    listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
  },
  status: address ? { addresses: [{ value: '10.0.0.9' }] } : {},
});

describe('requestedWaypoint: precedence', () => {
  it.each([
    [{}, {}, null],
    [{}, { 'istio.io/use-waypoint': 'wp' }, { name: 'wp', namespace: 'app', source: 'namespace' }],
    [
      { 'istio.io/use-waypoint': 'own' },
      { 'istio.io/use-waypoint': 'wp' },
      { name: 'own', namespace: 'app', source: 'pod' },
    ],
    [{ 'istio.io/use-waypoint': 'none' }, { 'istio.io/use-waypoint': 'wp' }, null],
    [{}, { 'istio.io/use-waypoint': 'none' }, null],
    [
      { 'istio.io/use-waypoint': 'shared', 'istio.io/use-waypoint-namespace': 'infra' },
      {},
      { name: 'shared', namespace: 'infra', source: 'pod' },
    ],
    [
      {},
      { 'istio.io/use-waypoint': 'shared', 'istio.io/use-waypoint-namespace': 'infra' },
      { name: 'shared', namespace: 'infra', source: 'namespace' },
    ],
  ])('object %j, namespace %j -> %j', (objLabels, nsLabels, expected) => {
    expect(requestedWaypoint(labels(objLabels), nsWith(nsLabels), 'pod')).toEqual(expected);
  });
});

describe('resolveWaypoint', () => {
  const gateways = indexGateways([
    gw('svc-wp', 'app'),
    gw('wl-wp', 'app', 'workload'),
    gw('all-wp', 'app', 'all'),
    gw('new-wp', 'app', 'all', false),
  ]);
  const use = (name: string) => labels({ 'istio.io/use-waypoint': name });

  it('matches the traffic type of the waypoint', () => {
    expect(resolveWaypoint(use('svc-wp'), undefined, 'service', gateways)?.state).toBe('ready');
    expect(resolveWaypoint(use('svc-wp'), undefined, 'pod', gateways)?.state).toBe(
      'wrong-traffic-type',
    );
    expect(resolveWaypoint(use('wl-wp'), undefined, 'pod', gateways)?.state).toBe('ready');
    expect(resolveWaypoint(use('wl-wp'), undefined, 'service', gateways)?.state).toBe(
      'wrong-traffic-type',
    );
    expect(resolveWaypoint(use('all-wp'), undefined, 'pod', gateways)?.state).toBe('ready');
    expect(resolveWaypoint(use('all-wp'), undefined, 'service', gateways)?.state).toBe('ready');
  });

  it('does not count a waypoint without an address, nor a missing one', () => {
    expect(resolveWaypoint(use('new-wp'), undefined, 'pod', gateways)?.state).toBe('not-ready');
    expect(resolveWaypoint(use('gone'), undefined, 'pod', gateways)?.state).toBe('missing');
    expect(resolveWaypoint(labels({}), undefined, 'pod', gateways)).toBeNull();
  });

  it('defaults waypoint-for to service; an unknown value matches no traffic', () => {
    expect(waypointFor(gw('a', 'b'))).toBe('service');
    expect(waypointFor(gw('a', 'b', 'bogus'))).toBe('none');
    expect(waypointFor(gw('a', 'b', 'none'))).toBe('none');
  });
});
