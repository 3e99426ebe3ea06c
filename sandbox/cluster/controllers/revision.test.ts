import { startCluster, type SandboxCluster } from '../index';
import { client, statusOf } from '../testing';
import { revisionFromSpec } from './revision';

// sail-operator getActiveRevisionName; istio/istio pkg/revisions/tag_watcher.go (release-1.26..1.28).
describe('revisionFromSpec', () => {
  it.each<[Record<string, unknown>, string]>([
    [{ version: 'v1.27.9' }, 'default'],
    [{ version: 'v1.27.9', updateStrategy: { type: 'InPlace' } }, 'default'],
    [{ version: 'v1.27.9', updateStrategy: { type: 'RevisionBased' } }, 'default-v1-27-9'],
  ])('%j -> %s', (spec, expected) => {
    expect(revisionFromSpec({ metadata: { name: 'default' }, spec })).toBe(expected);
  });
});

describe('waypoints are taken by the istiod of their revision', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'ambient' });
    k = client(c.url);
  });
  afterAll(() => c.close());

  const path = '/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways';
  it('leaves a Gateway of another revision alone, takes it once it names the default one', async () => {
    await k.post(path, {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'wp', namespace: 'bookinfo', labels: { 'istio.io/rev': 'canary' } },
      spec: {
        gatewayClassName: 'istio-waypoint',
        listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
      },
    });
    await c.settle();
    expect((await k.get('/apis/apps/v1/namespaces/bookinfo/deployments/wp')).status).toBe(404);
    expect(statusOf((await k.get(`${path}/wp`)).body).addresses).toBeUndefined();
    await k.patch(`${path}/wp`, { metadata: { labels: { 'istio.io/rev': null } } });
    await c.settle();
    expect((await k.get('/apis/apps/v1/namespaces/bookinfo/deployments/wp')).status).toBe(200);
    expect(statusOf((await k.get(`${path}/wp`)).body).addresses).toHaveLength(2);
  });
});
