import { startCluster, type SandboxCluster } from '../index';
import { client, statusOf, type Json } from '../testing';
import { isPodReady } from './pods';

const NS = 'stateful';
const PATH = `/apis/apps/v1/namespaces/${NS}/statefulsets`;
const PODS = `/api/v1/namespaces/${NS}/pods`;

const statefulSet = (name: string, replicas: number, updateStrategy?: Record<string, unknown>) => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name, namespace: NS },
  spec: {
    replicas,
    serviceName: name,
    selector: { matchLabels: { app: name } },
    ...(updateStrategy ? { updateStrategy } : {}),
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name: 'db', image: 'quay.io/example/db:1' }] },
    },
  },
});

const restartedAt = (at: string) => ({
  spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at } } } },
});

describe('StatefulSet controller', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  /** Pod events of the namespace, in order: `ADDED db-0`, `DELETED db-2`, `READY db-1`. */
  const log: string[] = [];
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true });
    k = client(c.url);
    await k.post('/api/v1/namespaces', { metadata: { name: NS } });
    c.api.store.subscribe((e) => {
      if (e.rid !== '/pods' || e.object.metadata.namespace !== NS) return;
      const name = e.object.metadata.name as string;
      if (e.type !== 'MODIFIED') log.push(`${e.type} ${name}`);
      else if (e.old && !isPodReady(e.old) && isPodReady(e.object)) log.push(`READY ${name}`);
    });
  });
  afterAll(() => c.close());

  const pods = async (app: string): Promise<Json[]> =>
    (await k.get(`${PODS}?labelSelector=app%3D${app}`)).body.items as Json[];

  it('is served with defaults, a status subresource and a printer column', async () => {
    const r = await k.post(PATH, statefulSet('db', 3));
    expect(r.status).toBe(201);
    expect(r.body.spec).toMatchObject({
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      revisionHistoryLimit: 10,
    });
    const table = await k.get(`${PATH}`, {
      Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io',
    });
    expect((table.body.columnDefinitions as Json[]).map((d) => d.name)).toContain('Ready');
    const res = (await k.get('/apis/apps/v1')).body.resources as Json[];
    expect(res.find((x) => x.name === 'statefulsets')).toMatchObject({
      kind: 'StatefulSet',
      shortNames: ['sts'],
    });
    expect(res.some((x) => x.name === 'statefulsets/status')).toBe(true);
  });

  it('creates <name>-<ordinal> in order, each once the previous is ready', async () => {
    await c.settle();
    const order = log.filter((l) => l.startsWith('ADDED') || l.startsWith('READY'));
    expect(order).toEqual([
      'ADDED db-0',
      'READY db-0',
      'ADDED db-1',
      'READY db-1',
      'ADDED db-2',
      'READY db-2',
    ]);
    const list = await pods('db');
    const sts = (await k.get(`${PATH}/db`)).body;
    const rev = statusOf(sts).updateRevision as string;
    expect(rev).toMatch(/^db-[a-z0-9]+$/);
    for (const p of list) {
      expect(p.metadata.labels).toMatchObject({
        'controller-revision-hash': rev,
        'statefulset.kubernetes.io/pod-name': p.metadata.name,
      });
      expect(p.spec).toMatchObject({ hostname: p.metadata.name, subdomain: 'db' });
    }
    expect(statusOf(sts)).toMatchObject({
      observedGeneration: 1,
      replicas: 3,
      readyReplicas: 3,
      currentReplicas: 3,
      updatedReplicas: 3,
      currentRevision: rev,
      updateRevision: rev,
    });
  });

  it('rolls from the highest ordinal down, one pod at a time', async () => {
    const before = statusOf((await k.get(`${PATH}/db`)).body).currentRevision;
    log.length = 0;
    await k.patch(`${PATH}/db`, restartedAt('2026-01-01T00:00:00Z'), 'strategic');
    await c.settle();
    expect(log.filter((l) => !l.startsWith('ADDED'))).toEqual([
      'DELETED db-2',
      'READY db-2',
      'DELETED db-1',
      'READY db-1',
      'DELETED db-0',
      'READY db-0',
    ]);
    const st = statusOf((await k.get(`${PATH}/db`)).body);
    expect(st.updateRevision).not.toBe(before);
    expect(st).toMatchObject({
      observedGeneration: 2,
      currentRevision: st.updateRevision,
      updatedReplicas: 3,
      currentReplicas: 3,
    });
  });

  it('a partition keeps the lower ordinals on the current revision', async () => {
    await k.patch(PATH + '/db', {
      spec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } },
    });
    await k.patch(`${PATH}/db`, restartedAt('2026-01-02T00:00:00Z'), 'strategic');
    await c.settle();
    const st = statusOf((await k.get(`${PATH}/db`)).body);
    expect(st.currentRevision).not.toBe(st.updateRevision);
    expect(st).toMatchObject({ updatedReplicas: 1, currentReplicas: 2 });
    const byName = Object.fromEntries(
      (await pods('db')).map((p) => [
        p.metadata.name,
        p.metadata.labels?.['controller-revision-hash'],
      ]),
    );
    expect(byName['db-2']).toBe(st.updateRevision);
    expect(byName['db-1']).toBe(st.currentRevision);
    // A deleted pod below the partition comes back on the current revision.
    await k.delete(`${PODS}/db-0`);
    await c.settle();
    const db0 = (await k.get(`${PODS}/db-0`)).body;
    expect(db0.metadata.labels?.['controller-revision-hash']).toBe(st.currentRevision);
    expect(db0.metadata.annotations?.['kubectl.kubernetes.io/restartedAt']).toBe(
      '2026-01-01T00:00:00Z',
    );
  });

  it('scales down from the highest ordinal', async () => {
    log.length = 0;
    await k.patch(`${PATH}/db`, { spec: { replicas: 1 } });
    await c.settle();
    expect(log).toEqual(['DELETED db-2', 'DELETED db-1']);
    expect(statusOf((await k.get(`${PATH}/db`)).body)).toMatchObject({ replicas: 1 });
  });

  it('OnDelete recreates a deleted pod on the update revision and touches nothing else', async () => {
    await k.post(PATH, statefulSet('cache', 2, { type: 'OnDelete' }));
    await c.settle();
    await k.patch(`${PATH}/cache`, restartedAt('2026-01-03T00:00:00Z'), 'strategic');
    await c.settle();
    let st = statusOf((await k.get(`${PATH}/cache`)).body);
    expect(st.updatedReplicas).toBeUndefined();
    await k.delete(`${PODS}/cache-1`);
    await c.settle();
    st = statusOf((await k.get(`${PATH}/cache`)).body);
    expect(st).toMatchObject({ updatedReplicas: 1, currentReplicas: 1, readyReplicas: 2 });
  });

  it('deleting the StatefulSet removes its pods by garbage collection', async () => {
    await k.delete(`${PATH}/cache`);
    await c.settle();
    expect(await pods('cache')).toHaveLength(0);
  });
});
