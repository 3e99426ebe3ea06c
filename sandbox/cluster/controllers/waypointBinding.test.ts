import type { KObj } from '../api/types';
import { startCluster } from '../index';
import { client, statusOf, type Json } from '../testing';
import { waypointBound } from './waypointBinding';

// Cases from istio/istio ambient/waypoints.go and status.go (release-1.26..1.28).
const gw = (
  name: string,
  ns: string,
  o: { from?: string; forType?: string; address?: boolean } = {},
): KObj => ({
  metadata: {
    name,
    namespace: ns,
    labels: o.forType ? { 'istio.io/waypoint-for': o.forType } : {},
  },
  spec: {
    gatewayClassName: 'istio-waypoint',
    listeners: [
      {
        name: 'mesh',
        port: 15008,
        protocol: 'HBONE',
        allowedRoutes: o.from ? { namespaces: { from: o.from } } : undefined,
      },
    ],
  },
  status: o.address === false ? {} : { addresses: [{ type: 'IPAddress', value: '172.30.0.1' }] },
});
const svc = (labels: Record<string, string>): KObj => ({
  metadata: { name: 's', namespace: 'app', labels },
});
const ns = (labels: Record<string, string> = {}): KObj => ({ metadata: { name: 'app', labels } });
const gateways = [
  gw('local', 'app'),
  gw('closed', 'infra'),
  gw('open', 'infra', { from: 'All' }),
  gw('wl', 'app', { forType: 'workload' }),
  gw('cold', 'app', { address: false }),
];
const use = (name: string, namespace?: string) => ({
  'istio.io/use-waypoint': name,
  ...(namespace ? { 'istio.io/use-waypoint-namespace': namespace } : {}),
});

describe('waypointBound', () => {
  it.each<[string, Record<string, string>, Record<string, string>, string | undefined]>([
    ['no label', {}, {}, undefined],
    ['same namespace', use('local'), {}, 'True/WaypointAccepted'],
    ['from the namespace', {}, use('local'), 'True/WaypointAccepted'],
    ['none on the service', use('none'), use('local'), undefined],
    ['cross namespace, Same', use('closed', 'infra'), {}, 'False/AttachmentDenied'],
    ['cross namespace, All', use('open', 'infra'), {}, 'True/WaypointAccepted'],
    ['workload-only waypoint', use('wl'), {}, 'False/UnsupportedTrafficType'],
    ['no address', use('cold'), {}, 'False/WaypointIsNotReady'],
    ['empty name', use(''), use('local'), 'False/WaypointIsNotReady'],
    [
      'waypoint own Service',
      { 'gateway.istio.io/managed': 'istio.io-mesh-controller' },
      use('local'),
      undefined,
    ],
  ])('%s', (_n, svcLabels, nsLabels, expected) => {
    const b = waypointBound(svc(svcLabels), ns(nsLabels), gateways);
    expect(b ? `${b.status}/${b.reason}` : undefined).toBe(expected);
  });
});

describe('WaypointBound on the edge-cases scenario', () => {
  it('accepts tenant-a on an open waypoint and denies tenant-b on a closed one', async () => {
    const c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'edge-cases' });
    try {
      const k = client(c.url);
      const bound = async (n: string) =>
        (
          (statusOf((await k.get(`/api/v1/namespaces/${n}/services/app`)).body).conditions as
            | Json[]
            | undefined) ?? []
        ).find((x) => x.type === 'istio.io/WaypointBound');
      expect(await bound('tenant-a')).toMatchObject({ status: 'True', reason: 'WaypointAccepted' });
      expect(await bound('tenant-b')).toMatchObject({
        status: 'False',
        reason: 'AttachmentDenied',
        message:
          'we are not permitted to attach to waypoint "infra/closed-wp" (missing allowedRoutes?)',
      });
    } finally {
      await c.close();
    }
  });
});
