import { ADMIN_TOKEN, startCluster, type SandboxCluster } from './index';
import { client, type Json } from './testing';

let c: SandboxCluster;
let admin: ReturnType<typeof client>;

beforeAll(async () => {
  c = await startCluster({
    port: 0,
    delayMs: 0,
    quiet: true,
    scenario: 'large',
    large: { nodes: 8, namespaces: 20, pods: 100 },
  });
  admin = client(c.url, ADMIN_TOKEN);
});
afterAll(() => c.close());

const podsNamed = async (prefix: string): Promise<Json[]> =>
  ((await admin.get('/api/v1/pods')).body.items as Json[]).filter((p) =>
    p.metadata.name?.startsWith(prefix),
  );

const waitStopped = async (): Promise<Json> => {
  for (let i = 0; i < 100; i += 1) {
    const s = (await admin.get('/sandbox/churn')).body;
    if (!s.running) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('churn did not stop');
};

describe('/sandbox/churn', () => {
  it('makes N pod changes per second for the given time, then stops by itself', async () => {
    const labelledBefore = (await podsNamed('')).filter(
      (p) => p.metadata.labels?.['istio.io/dataplane-mode'] === 'none',
    ).length;
    const rvBefore = Number((await admin.get('/api/v1/pods')).body.metadata.resourceVersion);
    const started = await admin.post('/sandbox/churn', { perSecond: 200, durationSeconds: 0.5 });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ running: true, perSecond: 200 });
    const s = await waitStopped();
    // 100 changes: create, relabel, create, delete, ...
    expect(s).toMatchObject({ created: 50, relabelled: 25, deleted: 25, live: 25 });
    expect(s.stoppedAt).toEqual(expect.any(String));
    const churned = await podsNamed('churn-');
    expect(churned.map((p) => p.metadata.name).sort()).toEqual(
      Array.from({ length: 25 }, (_, i) => `churn-${i + 26}`).sort(),
    );
    expect(churned.every((p) => p.metadata.labels?.['sandbox-churn'] === 'true')).toBe(true);
    const labelledAfter = (await podsNamed('')).filter(
      (p) => p.metadata.labels?.['istio.io/dataplane-mode'] === 'none',
    ).length;
    expect(labelledAfter).not.toBe(labelledBefore);
    // nothing changes any more once it stopped
    await c.settle();
    const rv = (await admin.get('/api/v1/pods')).body.metadata.resourceVersion;
    expect(Number(rv)).toBeGreaterThan(rvBefore + 100);
    await new Promise((r) => setTimeout(r, 200));
    expect((await admin.get('/api/v1/pods')).body.metadata.resourceVersion).toBe(rv);
  });

  it('refuses rates and durations out of bounds, and stops on DELETE', async () => {
    expect((await admin.post('/sandbox/churn', { perSecond: 0, durationSeconds: 1 })).status).toBe(
      400,
    );
    expect(
      (await admin.post('/sandbox/churn', { perSecond: 10, durationSeconds: 3600 })).status,
    ).toBe(400);
    expect(
      (await admin.post('/sandbox/churn', { perSecond: 10, durationSeconds: 60 })).status,
    ).toBe(201);
    const stopped = await admin.delete('/sandbox/churn');
    expect(stopped.body.running).toBe(false);
    expect((await client(c.url, 'sandbox-developer-token').get('/sandbox/churn')).status).toBe(403);
  });
});
