import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { GatewayClassKind, GatewayKind } from '../../k8s/gateway/types';
import { namespaceWaypoint } from './namespaceWaypoint';
import {
  indexGateways,
  needsGatewayClasses,
  resolveWaypoint,
  waypointAllowsNamespace,
  waypointFor,
} from './resolve';

// Cases from istio/istio pilot/pkg/serviceregistry/kube/controller/ambient/waypoints.go
// (release-1.26..1.28): getUseWaypoint, fetchWaypointForTarget/Service/Workload,
// AllowsAttachmentFromNamespace, makeWaypointSelector, WaypointsCollection.

type From = 'All' | 'Same' | 'Selector';
const gw = (
  name: string,
  namespace: string,
  opts: {
    forType?: string;
    from?: From;
    selector?: Record<string, string>;
    address?: boolean;
  } = {},
): GatewayKind => {
  const allowed = opts.from
    ? { namespaces: { from: opts.from, selector: opts.selector && { matchLabels: opts.selector } } }
    : undefined;
  const listener = { name: 'mesh', port: 15008, protocol: 'HBONE', allowedRoutes: allowed };
  return {
    metadata: {
      name,
      namespace,
      labels: opts.forType ? { 'istio.io/waypoint-for': opts.forType } : {},
    },
    spec: {
      gatewayClassName: 'istio-waypoint',
      listeners: [listener],
    },
    status: opts.address === false ? {} : { addresses: [{ value: '172.30.0.9' }] },
  };
};
const obj = (namespace: string, labels: Record<string, string>): K8sResourceCommon => ({
  metadata: { name: 'x', namespace, labels },
});
const nsObj = (name: string, labels: Record<string, string> = {}): K8sResourceCommon => ({
  metadata: { name, labels },
});

const gateways = indexGateways([
  gw('same', 'infra', { forType: 'all' }),
  gw('open', 'infra', { forType: 'all', from: 'All' }),
  gw('picky', 'infra', { forType: 'all', from: 'Selector', selector: { team: 'a' } }),
  gw('local', 'app', { forType: 'all' }),
  gw('odd', 'app', { forType: 'bogus' }),
  gw('cold', 'infra', { forType: 'all', from: 'All', address: false }),
]);
const cross = (name: string) => ({
  'istio.io/use-waypoint': name,
  'istio.io/use-waypoint-namespace': 'infra',
});

describe('resolveWaypoint: upstream cases', () => {
  it.each<
    [string, Record<string, string>, Record<string, string>, 'pod' | 'service', string | null]
  >([
    ['same namespace', { 'istio.io/use-waypoint': 'local' }, {}, 'pod', 'ready'],
    ['cross, listener Same (default)', cross('same'), {}, 'pod', 'denied'],
    ['cross, listener All', cross('open'), {}, 'pod', 'ready'],
    ['cross, Selector matches', cross('picky'), { team: 'a' }, 'pod', 'ready'],
    ['cross, Selector does not match', cross('picky'), { team: 'b' }, 'service', 'denied'],
    ['no address before denial', cross('cold'), {}, 'pod', 'not-ready'],
    ['empty use-waypoint names nothing', { 'istio.io/use-waypoint': '' }, {}, 'pod', 'missing'],
    [
      'unknown waypoint-for: no pod traffic',
      { 'istio.io/use-waypoint': 'odd' },
      {},
      'pod',
      'wrong-traffic-type',
    ],
    [
      'unknown waypoint-for: no service traffic',
      { 'istio.io/use-waypoint': 'odd' },
      {},
      'service',
      'wrong-traffic-type',
    ],
    ['none opts out', { 'istio.io/use-waypoint': 'none' }, {}, 'pod', null],
  ])('%s', (_name, labels, nsLabels, kind, expected) => {
    const r = resolveWaypoint(obj('app', labels), nsObj('app', nsLabels), kind, gateways);
    expect(r?.state ?? null).toBe(expected);
  });

  it('does not fall back to the namespace when the object has an empty use-waypoint', () => {
    const ns = nsObj('app', { 'istio.io/use-waypoint': 'local' });
    expect(resolveWaypoint(obj('app', {}), ns, 'pod', gateways)?.name).toBe('local');
    expect(
      resolveWaypoint(obj('app', { 'istio.io/use-waypoint': '' }), ns, 'pod', gateways),
    ).toMatchObject({
      name: '',
      source: 'pod',
      state: 'missing',
    });
  });

  it('serves no waypoint to a waypoint own Service', () => {
    const svc = obj('app', { 'gateway.istio.io/managed': 'istio.io-mesh-controller' });
    const ns = nsObj('app', { 'istio.io/use-waypoint': 'local' });
    expect(resolveWaypoint(svc, ns, 'service', gateways)).toBeNull();
  });

  it('takes the traffic type from the GatewayClass when the Gateway has none', () => {
    const plain = gw('plain', 'app');
    const cls: GatewayClassKind = {
      metadata: { name: 'istio-waypoint', labels: { 'istio.io/waypoint-for': 'workload' } },
    };
    expect(waypointFor(plain)).toBe('service');
    expect(waypointFor(plain, cls)).toBe('workload');
    expect(waypointFor(gw('own', 'app', { forType: 'service' }), cls)).toBe('service');
    const classes = new Map([['istio-waypoint', cls]]);
    const index = indexGateways([plain]);
    const use = obj('app', { 'istio.io/use-waypoint': 'plain' });
    expect(resolveWaypoint(use, undefined, 'pod', index, classes)?.state).toBe('ready');
    expect(resolveWaypoint(use, undefined, 'service', index, classes)?.state).toBe(
      'wrong-traffic-type',
    );
    // An index built with the classes gives every reader the class default.
    const withClasses = indexGateways([plain, gw('own', 'app', { forType: 'service' })], [cls]);
    expect(resolveWaypoint(use, undefined, 'pod', withClasses)?.state).toBe('ready');
    expect(resolveWaypoint(use, undefined, 'service', withClasses)?.state).toBe(
      'wrong-traffic-type',
    );
    expect(waypointFor(withClasses.get('app/plain') as GatewayKind)).toBe('workload');
    expect(waypointFor(withClasses.get('app/own') as GatewayKind)).toBe('service');
    expect(
      namespaceWaypoint(nsObj('app', { 'istio.io/use-waypoint': 'plain' }), withClasses),
    ).toMatchObject({
      state: 'ready',
      trafficType: 'workload',
    });
    expect(needsGatewayClasses([plain])).toBe(true);
    expect(needsGatewayClasses([gw('own', 'app', { forType: 'service' })])).toBe(false);
  });
});

describe('waypointAllowsNamespace', () => {
  it.each<[From | undefined, Record<string, string>, string, boolean]>([
    [undefined, {}, 'infra', true],
    [undefined, {}, 'app', false],
    ['Same', {}, 'app', false],
    ['All', {}, 'app', true],
    ['Selector', { team: 'a' }, 'app', true],
    ['Selector', {}, 'app', false],
  ])('from %s, namespace labels %j, namespace %s -> %s', (from, labels, name, expected) => {
    const g = gw('w', 'infra', { from, selector: from === 'Selector' ? { team: 'a' } : undefined });
    expect(waypointAllowsNamespace(g, name, nsObj(name, labels))).toBe(expected);
  });
});

describe('namespaceWaypoint: cross-namespace', () => {
  it.each<[Record<string, string>, string]>([
    [cross('same'), 'denied'],
    [cross('open'), 'ready'],
    [{ 'istio.io/use-waypoint': '' }, 'missing'],
    [{}, 'unset'],
  ])('%j -> %s', (labels, expected) => {
    expect(namespaceWaypoint(nsObj('app', labels), gateways).state).toBe(expected);
  });
});
