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

describe('upgrade scenarios', () => {
  const ready = (o: Json, type = 'Ready'): string | undefined =>
    ((statusOf(o).conditions as Json[]) ?? []).find((x) => x.type === type)?.status as
      | string
      | undefined;

  it('upgrade: the 3.2 operator over ambient at 1.26, Healthy, bookinfo captured behind a waypoint', async () => {
    const c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'upgrade' });
    try {
      const k = client(c.url);
      const csvs = (await k.get('/apis/operators.coreos.com/v1alpha1/clusterserviceversions')).body
        .items as Json[];
      expect(csvs.map((x) => x.metadata.name)).toContain('servicemeshoperator3.v3.2.0');
      const istio = (await k.get('/apis/sailoperator.io/v1/istios/default')).body;
      expect(istio.spec).toMatchObject({
        version: 'v1.26.8',
        profile: 'ambient',
        updateStrategy: { type: 'InPlace' },
        values: {
          pilot: { trustedZtunnelNamespace: 'ztunnel' },
          meshConfig: { discoverySelectors: [{ matchLabels: { 'istio-discovery': 'enabled' } }] },
        },
      });
      for (const kind of ['istios', 'istiocnis', 'ztunnels']) {
        const cr = (await k.get(`/apis/sailoperator.io/v1/${kind}/default`)).body;
        expect([kind, cr.spec?.version, statusOf(cr).state]).toEqual([kind, 'v1.26.8', 'Healthy']);
      }
      for (const ns of ['ztunnel', 'istio-cni', 'istio-system']) {
        const pods = (await k.get(`/api/v1/namespaces/${ns}/pods`)).body.items as Json[];
        const images = pods.flatMap((p) =>
          ((p.spec?.containers as Json[]) ?? []).map((x) => String(x.image)),
        );
        expect(images.length).toBeGreaterThan(0);
        expect(images.every((i) => i.endsWith(':1.26.8'))).toBe(true);
      }
      const bookinfo = (await k.get('/api/v1/namespaces/bookinfo')).body;
      expect(bookinfo.metadata.labels).toMatchObject({
        'istio.io/dataplane-mode': 'ambient',
        'istio.io/use-waypoint': 'waypoint',
      });
      const apps = ((await k.get('/api/v1/namespaces/bookinfo/pods')).body.items as Json[]).filter(
        (p) => !p.metadata.labels?.['gateway.networking.k8s.io/gateway-name'],
      );
      expect(apps.length).toBeGreaterThan(0);
      expect(
        apps.every((p) => p.metadata.annotations?.['ambient.istio.io/redirection'] === 'enabled'),
      ).toBe(true);
      const gw = (
        await k.get('/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways/waypoint')
      ).body;
      expect(ready(gw, 'Programmed')).toBe('True');
    } finally {
      await c.close();
    }
  });

  it('upgrade-revisions: a RevisionBased Istio at 1.26 behind the default tag', async () => {
    const c = await startCluster({
      port: 0,
      delayMs: 0,
      quiet: true,
      scenario: 'upgrade-revisions',
    });
    try {
      const k = client(c.url);
      const istio = (await k.get('/apis/sailoperator.io/v1/istios/default')).body;
      expect(istio.spec?.updateStrategy).toMatchObject({ type: 'RevisionBased' });
      expect(statusOf(istio)).toMatchObject({
        activeRevisionName: 'default-v1-26-8',
        state: 'Healthy',
      });
      const tag = (await k.get('/apis/sailoperator.io/v1/istiorevisiontags/default')).body;
      expect(statusOf(tag).istioRevision).toBe('default-v1-26-8');
      expect(ready(tag, 'Reconciled')).toBe('True');
      const zt = (await k.get('/apis/sailoperator.io/v1/ztunnels/default')).body;
      expect(statusOf(zt).state).toBe('Healthy');
    } finally {
      await c.close();
    }
  });

  it('upgrade sized like large: the same install around large seeding', async () => {
    const c = await startCluster({
      port: 0,
      delayMs: 0,
      quiet: true,
      scenario: 'upgrade',
      large: { nodes: 12, namespaces: 20, pods: 100 },
    });
    try {
      const k = client(c.url);
      expect((await k.get('/api/v1/nodes')).body.items).toHaveLength(12);
      const ns = ((await k.get('/api/v1/namespaces')).body.items as Json[]).map(
        (n) => n.metadata.name,
      );
      expect(ns.filter((n) => n?.startsWith('app-'))).toHaveLength(20);
      expect(ns).toContain('bookinfo');
      const istio = (await k.get('/apis/sailoperator.io/v1/istios/default')).body;
      expect(istio.spec?.version).toBe('v1.26.8');
      expect(ready(istio)).toBe('True');
    } finally {
      await c.close();
    }
  });
});
