import type { GatewayKind } from '../../k8s/gateway/types';
import { validateWaypointName, waypointGateway } from './manifest';
import { namespaceWaypoint } from './namespaceWaypoint';
import { indexGateways } from './resolve';
import { waypointStatus } from './status';
import { waypointUsers } from './users';

describe('waypointGateway', () => {
  it('builds the Gateway istioctl creates, with waypoint-for only when chosen', () => {
    expect(waypointGateway({ name: 'waypoint', namespace: 'bookinfo' })).toEqual({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'waypoint', namespace: 'bookinfo' },
      spec: {
        gatewayClassName: 'istio-waypoint',
        listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
      },
    });
    expect(
      waypointGateway({ name: 'wp', namespace: 'b', trafficType: 'all' }).metadata?.labels,
    ).toEqual({ 'istio.io/waypoint-for': 'all' });
    expect(
      waypointGateway({ name: 'wp', namespace: 'b', trafficType: 'all', revision: 'mesh' }).metadata
        ?.labels,
    ).toEqual({ 'istio.io/waypoint-for': 'all', 'istio.io/rev': 'mesh' });
  });

  it.each([
    ['waypoint', null],
    ['', 'empty'],
    ['none', 'reserved'],
    ['Bad_Name', 'invalid'],
    ['-x', 'invalid'],
    ['taken', 'exists'],
  ])('validates %j -> %s', (name, error) => {
    expect(validateWaypointName(name, ['taken'])).toBe(error);
  });
});

const gw = (status: GatewayKind['status'], labels: Record<string, string> = {}): GatewayKind => ({
  metadata: { name: 'waypoint', namespace: 'app', labels },
  spec: { gatewayClassName: 'istio-waypoint', listeners: [] },
  status,
});

describe('waypointStatus', () => {
  it('reads Accepted, Programmed and the addresses', () => {
    const s = waypointStatus(
      gw({
        addresses: [{ value: '10.0.0.7' }],
        conditions: [
          { type: 'Accepted', status: 'True' },
          { type: 'Programmed', status: 'False', reason: 'Pending', message: 'no pods yet' },
        ],
      }),
    );
    expect(s).toEqual({
      accepted: 'True',
      programmed: 'False',
      addresses: ['10.0.0.7'],
      ready: true,
      message: 'no pods yet',
    });
    expect(waypointStatus(gw(undefined))).toMatchObject({ accepted: 'Unknown', ready: false });
  });
});

describe('namespaceWaypoint', () => {
  const index = indexGateways([
    gw({ addresses: [{ value: '1.2.3.4' }] }, { 'istio.io/waypoint-for': 'all' }),
  ]);
  it.each([
    [{}, { state: 'unset' }],
    [{ 'istio.io/use-waypoint': 'none' }, { state: 'opt-out' }],
    [
      { 'istio.io/use-waypoint': 'waypoint' },
      { state: 'ready', name: 'waypoint', namespace: 'app', trafficType: 'all' },
    ],
    [{ 'istio.io/use-waypoint': 'other' }, { state: 'missing', name: 'other', namespace: 'app' }],
    [
      { 'istio.io/use-waypoint': 'waypoint', 'istio.io/use-waypoint-namespace': 'infra' },
      { state: 'missing', name: 'waypoint', namespace: 'infra' },
    ],
  ])('labels %j -> %j', (labels, expected) => {
    expect(namespaceWaypoint({ metadata: { name: 'app', labels } }, index)).toEqual(expected);
  });
});

describe('waypointUsers', () => {
  it('lists the namespaces, services and pods whose own label names the waypoint', () => {
    const use = (name: string, extra: Record<string, string> = {}) => ({
      'istio.io/use-waypoint': name,
      ...extra,
    });
    const users = waypointUsers(gw(undefined), {
      namespaces: [
        { metadata: { name: 'app', labels: use('waypoint') } },
        { metadata: { name: 'other', labels: use('waypoint') } },
        {
          metadata: {
            name: 'far',
            labels: use('waypoint', { 'istio.io/use-waypoint-namespace': 'app' }),
          },
        },
      ],
      services: [
        { metadata: { name: 'reviews', namespace: 'app', labels: use('waypoint') } },
        { metadata: { name: 'ratings', namespace: 'app', labels: use('none') } },
      ],
      pods: [{ metadata: { name: 'p', namespace: 'app', labels: use('elsewhere') } }],
    });
    expect(users).toEqual([
      { kind: 'Namespace', name: 'app' },
      { kind: 'Namespace', name: 'far' },
      { kind: 'Service', namespace: 'app', name: 'reviews' },
    ]);
  });
});
