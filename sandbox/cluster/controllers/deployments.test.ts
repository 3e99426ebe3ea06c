import { asDict } from '../api/types';
import { startCluster, type SandboxCluster } from '../index';
import { client, statusOf, type Json } from '../testing';
import { deploymentBudget, rollingTargets } from './deployments';
import { isPodReady } from './pods';

const NS = 'deploys';
const PATH = `/apis/apps/v1/namespaces/${NS}/deployments`;

const deployment = (name: string, replicas: number, strategy?: Record<string, unknown>) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: NS },
  spec: {
    replicas,
    selector: { matchLabels: { app: name } },
    ...(strategy ? { strategy } : {}),
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name: 'web', image: 'quay.io/example/web:1' }] },
    },
  },
});

const restartedAt = (at: string) => ({
  spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at } } } },
});

describe('Deployment rollout budget as upstream rounds it', () => {
  it('rounds maxSurge up and maxUnavailable down, and never both zero', () => {
    expect(deploymentBudget({ replicas: 10 })).toEqual({ maxSurge: 3, maxUnavailable: 2 });
    expect(deploymentBudget({ replicas: 1 })).toEqual({ maxSurge: 1, maxUnavailable: 0 });
    expect(
      deploymentBudget({
        replicas: 3,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: '10%' } },
      }),
    ).toEqual({ maxSurge: 0, maxUnavailable: 1 });
    expect(deploymentBudget({ replicas: 4, strategy: { type: 'Recreate' } })).toEqual({
      maxSurge: 0,
      maxUnavailable: 0,
    });
  });

  it('scales the new ReplicaSet up to the surge and the old one down to minAvailable', () => {
    const budget = { maxSurge: 1, maxUnavailable: 1 };
    const start = rollingTargets(4, budget, { replicas: 0, available: 0 }, [
      { name: 'old', replicas: 4, available: 4 },
    ]);
    expect(start.newReplicas).toBe(1);
    expect(start.old.get('old')).toBe(3);
    const next = rollingTargets(4, budget, { replicas: 1, available: 1 }, [
      { name: 'old', replicas: 3, available: 3 },
    ]);
    expect(next.newReplicas).toBe(2);
    expect(next.old.get('old')).toBe(2);
  });
});

describe('Deployment rolling update', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true });
    k = client(c.url);
    await k.post('/api/v1/namespaces', { metadata: { name: NS } });
  });
  afterAll(() => c.close());

  /** The app's pods that are ready, counted after every pod event. */
  const track = (app: string) => {
    const seen = { minReady: Infinity, maxPods: 0 };
    c.api.store.subscribe((e) => {
      if (e.rid !== '/pods') return;
      const pods = c.api.store.list('/pods', NS).filter((p) => p.obj.metadata.labels?.app === app);
      seen.minReady = Math.min(seen.minReady, pods.filter((p) => isPodReady(p.obj)).length);
      seen.maxPods = Math.max(seen.maxPods, pods.length);
    });
    return seen;
  };

  it('rollout restart: a new ReplicaSet, replicas moved within 25%/25%, status as kubectl reads it', async () => {
    await k.post(PATH, deployment('web', 4));
    await c.settle();
    const before = (await k.get(`/api/v1/namespaces/${NS}/pods?labelSelector=app%3Dweb`)).body
      .items as Json[];
    expect(before).toHaveLength(4);
    const seen = track('web');
    await k.patch(`${PATH}/web`, restartedAt('2026-01-01T00:00:00Z'), 'strategic');
    await c.settle();
    // 4 replicas: maxSurge 1, maxUnavailable 1.
    expect(seen.minReady).toBeGreaterThanOrEqual(3);
    expect(seen.maxPods).toBeLessThanOrEqual(5);
    const d = (await k.get(`${PATH}/web`)).body;
    expect(statusOf(d)).toMatchObject({
      observedGeneration: 2,
      replicas: 4,
      updatedReplicas: 4,
      readyReplicas: 4,
      availableReplicas: 4,
    });
    expect(statusOf(d).unavailableReplicas).toBeUndefined();
    const conds = Object.fromEntries(
      ((statusOf(d).conditions as Json[]) ?? []).map((x) => [x.type, `${x.status}/${x.reason}`]),
    );
    expect(conds).toEqual({
      Available: 'True/MinimumReplicasAvailable',
      Progressing: 'True/NewReplicaSetAvailable',
    });
    const rss = (await k.get(`/apis/apps/v1/namespaces/${NS}/replicasets`)).body.items as Json[];
    const mine = rss.filter((r) => r.metadata.ownerReferences?.[0]?.name === 'web');
    expect(mine).toHaveLength(2);
    const byRev = Object.fromEntries(
      mine.map((r) => [
        r.metadata.annotations?.['deployment.kubernetes.io/revision'],
        r.spec?.replicas,
      ]),
    );
    expect(byRev).toEqual({ '1': 0, '2': 4 });
    const after = (await k.get(`/api/v1/namespaces/${NS}/pods?labelSelector=app%3Dweb`)).body
      .items as Json[];
    expect(after).toHaveLength(4);
    const names = new Set(before.map((p) => p.metadata.name));
    expect(after.some((p) => names.has(p.metadata.name))).toBe(false);
    expect(
      after.every(
        (p) =>
          asDict(p.metadata.annotations)['kubectl.kubernetes.io/restartedAt'] ===
          '2026-01-01T00:00:00Z',
      ),
    ).toBe(true);
  });

  it('a single replica surges: the new pod is ready before the old one goes', async () => {
    await k.post(PATH, deployment('solo', 1));
    await c.settle();
    const seen = track('solo');
    await k.patch(`${PATH}/solo`, restartedAt('2026-01-02T00:00:00Z'), 'strategic');
    await c.settle();
    expect(seen.minReady).toBe(1);
    expect(seen.maxPods).toBe(2);
  });

  it('Recreate: every old pod goes before a new one starts', async () => {
    await k.post(PATH, deployment('batch', 3, { type: 'Recreate' }));
    await c.settle();
    const seen = track('batch');
    const mixed = { seen: false };
    c.api.store.subscribe((e) => {
      if (e.rid !== '/pods') return;
      const hashes = new Set(
        c.api.store
          .list('/pods', NS)
          .filter((p) => p.obj.metadata.labels?.app === 'batch')
          .map((p) => p.obj.metadata.labels?.['pod-template-hash']),
      );
      if (hashes.size > 1) mixed.seen = true;
    });
    await k.patch(`${PATH}/batch`, restartedAt('2026-01-03T00:00:00Z'), 'strategic');
    await c.settle();
    expect(mixed.seen).toBe(false);
    expect(seen.minReady).toBe(0);
    expect(statusOf((await k.get(`${PATH}/batch`)).body)).toMatchObject({
      updatedReplicas: 3,
      availableReplicas: 3,
    });
  });

  it('scaling moves replicas without a new ReplicaSet', async () => {
    await k.patch(`${PATH}/web`, { spec: { replicas: 2 } });
    await c.settle();
    const d = (await k.get(`${PATH}/web`)).body;
    expect(statusOf(d)).toMatchObject({ replicas: 2, updatedReplicas: 2, availableReplicas: 2 });
    const rss = (await k.get(`/apis/apps/v1/namespaces/${NS}/replicasets`)).body.items as Json[];
    expect(rss.filter((r) => r.metadata.ownerReferences?.[0]?.name === 'web')).toHaveLength(2);
  });
});
