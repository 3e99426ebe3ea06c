import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startCluster } from '../index';
import { client, statusOf, type Json } from '../testing';

describe('large scenario (small parameters)', () => {
  it('mixes ambient, sidecar and unenrolled namespaces, waypoints and nodes without a ready ztunnel', async () => {
    const c = await startCluster({
      port: 0,
      delayMs: 0,
      quiet: true,
      scenario: 'large',
      large: { nodes: 12, namespaces: 40, pods: 400 },
    });
    try {
      const k = client(c.url);
      expect((await k.get('/api/v1/nodes')).body.items).toHaveLength(12);
      const apps = ((await k.get('/api/v1/namespaces')).body.items as Json[]).filter((n) =>
        n.metadata.name?.startsWith('app-'),
      );
      expect(apps).toHaveLength(40);
      const modes = new Set(
        apps.map(
          (n) =>
            n.metadata.labels?.['istio.io/dataplane-mode'] ??
            (n.metadata.labels?.['istio-injection'] ? 'sidecar' : 'none'),
        ),
      );
      expect([...modes].sort()).toEqual(['ambient', 'none', 'sidecar']);
      const pods = ((await k.get('/api/v1/pods')).body.items as Json[]).filter(
        (p) =>
          p.metadata.namespace?.startsWith('app-') &&
          !p.metadata.labels?.['gateway.networking.k8s.io/gateway-name'],
      );
      expect(pods).toHaveLength(400);
      const captured = pods.filter(
        (p) => p.metadata.annotations?.['ambient.istio.io/redirection'] === 'enabled',
      );
      expect(captured.length).toBeGreaterThan(100);
      expect(captured.length).toBeLessThan(400);
      const zt = (await k.get('/api/v1/namespaces/ztunnel/pods')).body.items as Json[];
      const notReady = zt.filter(
        (p) =>
          !((statusOf(p).conditions as Json[]) ?? []).some(
            (x) => x.type === 'Ready' && x.status === 'True',
          ),
      );
      expect(notReady.length).toBeGreaterThan(0);
      const badNodes = new Set(notReady.map((p) => p.spec?.nodeName));
      expect(captured.some((p) => badNodes.has(p.spec?.nodeName))).toBe(false);
      const gws = (await k.get('/apis/gateway.networking.k8s.io/v1/gateways')).body.items as Json[];
      expect(gws.length).toBeGreaterThan(0);
      expect(gws.every((g) => (statusOf(g).addresses as Json[] | undefined)?.length === 2)).toBe(
        true,
      );
      expect(
        statusOf((await k.get('/apis/sailoperator.io/v1alpha1/ztunnels/default')).body).state,
      ).toBe('DaemonSetNotReady');
    } finally {
      await c.close();
    }
  });
});

describe('state file', () => {
  it('keeps objects across a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-state-'));
    const stateFile = path.join(dir, 'state.json');
    try {
      const a = await startCluster({ port: 0, delayMs: 0, quiet: true, stateFile });
      await client(a.url).post('/api/v1/namespaces', { metadata: { name: 'kept' } });
      const rv = Number(
        (await client(a.url).get('/api/v1/namespaces')).body.metadata.resourceVersion,
      );
      await a.close();
      const b = await startCluster({ port: 0, delayMs: 0, quiet: true, stateFile });
      try {
        expect((await client(b.url).get('/api/v1/namespaces/kept')).status).toBe(200);
        expect(
          Number((await client(b.url).get('/api/v1/namespaces')).body.metadata.resourceVersion),
        ).toBeGreaterThanOrEqual(rv);
        expect((await client(b.url).get('/apis/sailoperator.io/v1/istios')).status).toBe(200);
      } finally {
        await b.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('edge-cases scenario', () => {
  it('seeds the cases where ztunnel lists fewer pods than exist, and a node without ztunnel', async () => {
    const c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'edge-cases' });
    try {
      const k = client(c.url);
      const pods = ((await k.get('/api/v1/namespaces/edge/pods')).body.items as Json[]).map((p) => [
        p.metadata.name?.replace(/-[a-z0-9]+-[a-z0-9]+$/, ''),
        statusOf(p).phase,
        !!statusOf(p).podIP,
        p.metadata.annotations?.['ambient.istio.io/redirection'] ?? '-',
      ]);
      expect(pods.sort()).toEqual([
        ['batch-done', 'Succeeded', true, '-'],
        ['empty-wp', 'Running', true, 'enabled'],
        ['host-agent', 'Running', true, 'enabled'],
        ['late', 'Pending', false, 'pending'],
        ['legacy', 'Running', true, '-'],
        ['unplaced', 'Pending', false, '-'],
        ['web', 'Running', true, 'enabled'],
      ]);
      const gw = (
        await k.get('/apis/gateway.networking.k8s.io/v1/namespaces/infra/gateways/open-wp')
      ).body;
      expect((statusOf(gw).addresses as Json[]).map((a) => a.type)).toEqual([
        'IPAddress',
        'Hostname',
      ]);
    } finally {
      await c.close();
    }
  });
});

describe('sidecars scenario', () => {
  it('adds injected sidecar namespaces to ambient: travel (istio-injection) and legacy (istio.io/rev)', async () => {
    const c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'sidecars' });
    try {
      const k = client(c.url);
      const labels = async (ns: string) =>
        (await k.get(`/api/v1/namespaces/${ns}`)).body.metadata.labels;
      expect(await labels('travel')).toMatchObject({ 'istio-injection': 'enabled' });
      expect(await labels('legacy')).toMatchObject({ 'istio.io/rev': 'default' });
      expect(await labels('bookinfo')).toMatchObject({ 'istio.io/dataplane-mode': 'ambient' });

      const pods = (await k.get('/api/v1/namespaces/travel/pods')).body.items as Json[];
      const byApp = (app: string) => pods.filter((p) => p.metadata.labels?.app === app).length;
      expect([byApp('frontend'), byApp('catalog'), byApp('bookings-db')]).toEqual([2, 2, 2]);
      expect(pods.map((p) => p.metadata.name).filter((n) => n?.startsWith('bookings-db'))).toEqual([
        'bookings-db-0',
        'bookings-db-1',
      ]);
      const legacy = (await k.get('/api/v1/namespaces/legacy/pods')).body.items as Json[];
      expect(legacy).toHaveLength(1);
      for (const p of [...pods, ...legacy]) {
        const status = JSON.parse(p.metadata.annotations?.['sidecar.istio.io/status'] ?? '{}');
        expect(status).toMatchObject({ containers: ['istio-proxy'], revision: 'default' });
        expect(statusOf(p).phase).toBe('Running');
        expect(p.metadata.annotations?.['ambient.istio.io/redirection']).toBeUndefined();
        expect(p.metadata.labels?.['security.istio.io/tlsMode']).toBe('istio');
      }
      const bookinfo = (await k.get('/api/v1/namespaces/bookinfo/pods')).body.items as Json[];
      expect(bookinfo.every((p) => !p.metadata.annotations?.['sidecar.istio.io/status'])).toBe(
        true,
      );

      const sts = (await k.get('/apis/apps/v1/namespaces/travel/statefulsets/bookings-db')).body;
      expect(statusOf(sts)).toMatchObject({ readyReplicas: 2, updatedReplicas: 2 });
      for (const v of ['v1', 'v1beta1']) {
        const vs = (
          await k.get(`/apis/networking.istio.io/${v}/namespaces/travel/virtualservices/catalog`)
        ).body;
        expect(vs.spec?.http).toHaveLength(2);
      }
      const dr = (
        await k.get('/apis/networking.istio.io/v1/namespaces/travel/destinationrules/catalog')
      ).body;
      expect((dr.spec?.subsets as Json[]).map((s) => s.name)).toEqual(['v1', 'v2']);
      const ap = (
        await k.get(
          '/apis/security.istio.io/v1/namespaces/travel/authorizationpolicies/catalog-readers',
        )
      ).body;
      expect(ap.spec?.selector).toEqual({ matchLabels: { app: 'catalog' } });
      const svcs = ((await k.get('/api/v1/namespaces/travel/services')).body.items as Json[]).map(
        (s) => s.metadata.name,
      );
      expect(svcs.sort()).toEqual(['bookings-db', 'catalog', 'frontend']);
    } finally {
      await c.close();
    }
  });
});
