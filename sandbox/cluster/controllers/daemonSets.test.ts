import { asDict, type KObj } from '../api/types';
import { startCluster, type SandboxCluster } from '../index';
import { client, statusOf, type Json } from '../testing';
import { isPodReady } from './pods';

const NS = 'rollout';
const DS_PATH = `/apis/apps/v1/namespaces/${NS}/daemonsets`;

const daemonSet = (name: string, updateStrategy?: Record<string, unknown>) => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name, namespace: NS },
  spec: {
    selector: { matchLabels: { app: name } },
    ...(updateStrategy ? { updateStrategy } : {}),
    template: {
      metadata: { labels: { app: name } },
      spec: {
        tolerations: [{ operator: 'Exists' }],
        containers: [{ name: 'agent', image: 'quay.io/example/agent:1' }],
      },
    },
  },
});

/** Pods of `ds` by node, read from the store at the moment of the call. */
const podsByNode = (c: SandboxCluster, ds: string): Map<string, KObj[]> => {
  const out = new Map<string, KObj[]>();
  for (const e of c.api.store.list('/pods', NS)) {
    if (e.obj.metadata.labels?.app !== ds) continue;
    const node = String(asDict(e.obj.spec).nodeName);
    out.set(node, [...(out.get(node) ?? []), e.obj]);
  }
  return out;
};

/** Records, after every store event, how many nodes lack a ready pod and how many have two. */
const watchRoll = (c: SandboxCluster, ds: string, nodes: string[]) => {
  const seen = { maxWithoutReady: 0, maxDoubled: 0, events: 0 };
  c.api.store.subscribe((e) => {
    if (e.rid !== '/pods') return;
    seen.events += 1;
    const by = podsByNode(c, ds);
    const without = nodes.filter((n) => !(by.get(n) ?? []).some(isPodReady)).length;
    const doubled = nodes.filter((n) => (by.get(n) ?? []).length > 1).length;
    seen.maxWithoutReady = Math.max(seen.maxWithoutReady, without);
    seen.maxDoubled = Math.max(seen.maxDoubled, doubled);
  });
  return seen;
};

const restart = (k: ReturnType<typeof client>, name: string, at: string) =>
  k.patch(
    `${DS_PATH}/${name}`,
    {
      spec: {
        template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at } } },
      },
    },
    'strategic',
  );

describe('DaemonSet rolling update', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  let nodes: string[];
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true });
    k = client(c.url);
    await k.post('/api/v1/namespaces', { metadata: { name: NS } });
    nodes = ((await k.get('/api/v1/nodes')).body.items as Json[]).map(
      (n) => n.metadata.name as string,
    );
  });
  afterAll(() => c.close());

  it('defaults to RollingUpdate with maxUnavailable 1, maxSurge 0', async () => {
    const r = await k.post(DS_PATH, daemonSet('plain'));
    expect(r.body.spec?.updateStrategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: 1, maxSurge: 0 },
    });
    await c.settle();
    const st = statusOf((await k.get(`${DS_PATH}/plain`)).body);
    expect(st).toMatchObject({
      desiredNumberScheduled: nodes.length,
      currentNumberScheduled: nodes.length,
      updatedNumberScheduled: nodes.length,
      numberReady: nodes.length,
      numberAvailable: nodes.length,
      observedGeneration: 1,
    });
  });

  it('maxUnavailable 1: deletes then recreates node by node, never two nodes down', async () => {
    const before = [...podsByNode(c, 'plain').values()].flat().map((p) => p.metadata.name);
    const seen = watchRoll(c, 'plain', nodes);
    await restart(k, 'plain', '2026-01-01T00:00:00Z');
    await c.settle();
    expect(seen.events).toBeGreaterThan(nodes.length);
    expect(seen.maxWithoutReady).toBe(1);
    expect(seen.maxDoubled).toBe(0);
    const ds = (await k.get(`${DS_PATH}/plain`)).body;
    const pods = [...podsByNode(c, 'plain').values()].flat();
    expect(pods).toHaveLength(nodes.length);
    expect(pods.some((p) => before.includes(p.metadata.name))).toBe(false);
    for (const p of pods) {
      expect(p.metadata.labels?.['pod-template-generation']).toBe('2');
      expect(asDict(asDict(p.metadata).annotations)['kubectl.kubernetes.io/restartedAt']).toBe(
        '2026-01-01T00:00:00Z',
      );
    }
    expect(new Set(pods.map((p) => p.metadata.labels?.['controller-revision-hash'])).size).toBe(1);
    expect(statusOf(ds)).toMatchObject({
      observedGeneration: 2,
      updatedNumberScheduled: nodes.length,
      numberAvailable: nodes.length,
    });
    expect(statusOf(ds).numberUnavailable).toBeUndefined();
  });

  it('maxUnavailable 2 takes two nodes at a time', async () => {
    await k.post(
      DS_PATH,
      daemonSet('pairs', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 2 } }),
    );
    await c.settle();
    const seen = watchRoll(c, 'pairs', nodes);
    await restart(k, 'pairs', '2026-01-01T00:00:00Z');
    await c.settle();
    expect(seen.maxWithoutReady).toBe(2);
    expect(statusOf((await k.get(`${DS_PATH}/pairs`)).body).updatedNumberScheduled).toBe(
      nodes.length,
    );
  });

  it('maxSurge 1, maxUnavailable 0 (the ztunnel chart): the new pod starts beside the old', async () => {
    const r = await k.post(
      DS_PATH,
      daemonSet('surge', { rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }),
    );
    expect(r.body.spec?.updateStrategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: 1, maxUnavailable: 0 },
    });
    await c.settle();
    const seen = watchRoll(c, 'surge', nodes);
    await restart(k, 'surge', '2026-01-01T00:00:00Z');
    await c.settle();
    expect(seen.maxWithoutReady).toBe(0);
    expect(seen.maxDoubled).toBe(1);
    const pods = [...podsByNode(c, 'surge').values()].flat();
    expect(pods).toHaveLength(nodes.length);
    expect(pods.every((p) => p.metadata.labels?.['pod-template-generation'] === '2')).toBe(true);
  });

  it('OnDelete replaces a pod only once it is deleted', async () => {
    await k.post(DS_PATH, daemonSet('manual', { type: 'OnDelete' }));
    await c.settle();
    await restart(k, 'manual', '2026-01-01T00:00:00Z');
    await c.settle();
    let ds = (await k.get(`${DS_PATH}/manual`)).body;
    expect(statusOf(ds)).toMatchObject({ observedGeneration: 2, updatedNumberScheduled: 0 });
    const victim = [...podsByNode(c, 'manual').values()].flat()[0];
    await k.delete(`/api/v1/namespaces/${NS}/pods/${victim.metadata.name}`);
    await c.settle();
    ds = (await k.get(`${DS_PATH}/manual`)).body;
    expect(statusOf(ds)).toMatchObject({
      updatedNumberScheduled: 1,
      currentNumberScheduled: nodes.length,
    });
    const gens = [...podsByNode(c, 'manual').values()]
      .flat()
      .map((p) => p.metadata.labels?.['pod-template-generation']);
    expect(gens.filter((g) => g === '2')).toHaveLength(1);
  });
});

describe('DaemonSet rolling update: ztunnel held not ready', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'ambient' });
    k = client(c.url);
  });
  afterAll(() => c.close());

  const zpath = '/apis/apps/v1/namespaces/ztunnel/daemonsets/ztunnel';

  it('a maxUnavailable roll stalls behind a node whose new ztunnel is not ready', async () => {
    const node = 'worker-1';
    await k.post(`/sandbox/nodes/${node}/ztunnel-ready`, { ready: false });
    await c.settle();
    await k.patch(
      zpath,
      {
        spec: {
          updateStrategy: { rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
          template: { metadata: { annotations: { 'example.com/roll': '1' } } },
        },
      },
      'strategic',
    );
    await c.settle();
    const ds = (await k.get(zpath)).body;
    const desired = Number(statusOf(ds).desiredNumberScheduled);
    expect(desired).toBeGreaterThan(2);
    // The node's unavailable old pod is replaced outside the budget, one more node takes the
    // budget (as upstream's rollingUpdate); then the held node's new pod, not ready, stops the roll.
    expect(statusOf(ds)).toMatchObject({ updatedNumberScheduled: 2, numberUnavailable: 1 });
    const pods = (await k.get('/api/v1/namespaces/ztunnel/pods')).body.items as Json[];
    const onNode = pods.filter((p) => p.spec?.nodeName === node);
    expect(onNode).toHaveLength(1);
    expect(onNode[0].metadata.labels?.['pod-template-generation']).toBe(
      String(ds.metadata.generation),
    );

    await k.post(`/sandbox/nodes/${node}/ztunnel-ready`, { ready: true });
    await c.settle();
    expect(statusOf((await k.get(zpath)).body)).toMatchObject({
      updatedNumberScheduled: desired,
      numberAvailable: desired,
    });
  });
});
