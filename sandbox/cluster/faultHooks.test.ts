// The /sandbox/ fault hooks that stand in for an API server under stress: latency, faults after N
// requests and for any write, lagging and dropped watches, and controllers that revert a label.
import { startCluster, type SandboxCluster } from './index';
import { client, type Json } from './testing';

let c: SandboxCluster;
let admin: ReturnType<typeof client>;

beforeAll(async () => {
  c = await startCluster({ port: 0, scenario: 'fresh', delayMs: 0, quiet: true });
  admin = client(c.url, 'sandbox-admin-token');
});
afterAll(() => c.close());
afterEach(async () => {
  await admin.delete('/sandbox/faults');
  await admin.delete('/sandbox/latency');
  await admin.delete('/sandbox/reverters');
});

const NS = '/api/v1/namespaces/bookinfo';
const label = (labels: Record<string, string | null>) => admin.patch(NS, { metadata: { labels } });
const labelsNow = async (): Promise<Record<string, string>> =>
  (await admin.get(NS)).body.metadata.labels ?? {};

describe('fault hooks', () => {
  it('slows the matching requests, and only as many as asked', async () => {
    await admin.post('/sandbox/latency', {
      method: 'GET',
      path: '^/api/v1/namespaces/bookinfo$',
      ms: 400,
      times: 1,
    });
    const timed = async () => {
      const start = Date.now();
      expect((await admin.get(NS)).status).toBe(200);
      return Date.now() - start;
    };
    expect(await timed()).toBeGreaterThanOrEqual(400);
    expect((await admin.get('/sandbox/latency')).body.items).toEqual([]);
  });

  it('fails a run in the middle: after N matching writes, for any write method', async () => {
    await admin.post('/sandbox/faults', {
      method: 'WRITE',
      path: '^/api/v1/namespaces/bookinfo$',
      status: 503,
      after: 2,
      times: 2,
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await label({ run: String(i) })).status);
    expect(statuses).toEqual([200, 200, 503, 503, 200]);
    // reads are not writes
    await admin.post('/sandbox/faults', {
      method: 'WRITE',
      path: '^/api/v1/namespaces/bookinfo$',
      status: 409,
    });
    expect((await admin.get(NS)).status).toBe(200);
    const conflict = await label({ run: 'x' });
    expect(conflict.body).toMatchObject({ kind: 'Status', code: 409, reason: 'Conflict' });
  });

  it('holds back the events of a lagging watch, in order', async () => {
    const { WebSocket } = await import('ws');
    const rv = (await admin.get(NS)).body.metadata.resourceVersion;
    await admin.post('/sandbox/latency', {
      method: 'WATCH',
      path: '^/api/v1/namespaces$',
      ms: 600,
    });
    const ws = new WebSocket(
      `${c.url.replace('http', 'ws')}/api/v1/namespaces?watch=true&resourceVersion=${rv}&fieldSelector=metadata.name%3Dbookinfo`,
      { headers: { Authorization: 'Bearer sandbox-admin-token' } },
    );
    const got: { at: number; value?: string }[] = [];
    const two = new Promise<void>((resolve) =>
      ws.on('message', (m) => {
        const e = JSON.parse(String(m)) as Json;
        got.push({ at: Date.now(), value: e.object?.metadata?.labels?.step });
        if (got.length >= 2) resolve();
      }),
    );
    await new Promise((r) => ws.on('open', r));
    const start = Date.now();
    await label({ step: '1' });
    await label({ step: '2' });
    await two;
    ws.close();
    expect(got.map((g) => g.value)).toEqual(['1', '2']);
    expect(got[0].at - start).toBeGreaterThanOrEqual(550);
  });

  it('drops open watches: the client sees the connection end', async () => {
    const { WebSocket } = await import('ws');
    const ws = new WebSocket(`${c.url.replace('http', 'ws')}/api/v1/namespaces?watch=true`, {
      headers: { Authorization: 'Bearer sandbox-admin-token' },
    });
    await new Promise((r) => ws.on('open', r));
    const closed = new Promise<void>((r) => ws.on('close', () => r()));
    const res = await admin.post('/sandbox/watches/drop', { path: '^/api/v1/namespaces$' });
    expect(res.body.dropped).toBeGreaterThanOrEqual(1);
    await closed;
  });

  it('runs a controller that sets a label back whenever someone else changes it', async () => {
    await label({ 'istio.io/dataplane-mode': null });
    const r = await admin.post('/sandbox/reverters', {
      resource: 'namespaces',
      name: 'bookinfo',
      label: 'istio.io/dataplane-mode',
      value: null,
      delayMs: 50,
    });
    expect(r.status).toBe(201);
    await label({ 'istio.io/dataplane-mode': 'ambient', team: 'a' });
    expect((await labelsNow())['istio.io/dataplane-mode']).toBe('ambient');
    await new Promise((res) => setTimeout(res, 300));
    const now = await labelsNow();
    expect(now['istio.io/dataplane-mode']).toBeUndefined();
    expect(now.team).toBe('a');
    expect((await admin.get('/sandbox/reverters')).body.items[0].reverted).toBe(1);
    await admin.delete('/sandbox/reverters');
    await label({ 'istio.io/dataplane-mode': 'ambient' });
    await new Promise((res) => setTimeout(res, 150));
    expect((await labelsNow())['istio.io/dataplane-mode']).toBe('ambient');
  });
});
