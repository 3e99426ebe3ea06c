import { startCluster, type SandboxCluster } from './index';
import { client, watchHttp, type Json } from './testing';

let c: SandboxCluster;
let admin: ReturnType<typeof client>;
let dev: ReturnType<typeof client>;

beforeAll(async () => {
  c = await startCluster({ port: 0, delayMs: 0, quiet: true, watchCacheSize: 200 });
  admin = client(c.url, 'sandbox-admin-token');
  dev = client(c.url, 'sandbox-developer-token');
});
afterAll(() => c.close());

const cm = (name: string, labels: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, labels },
  data: { a: '1' },
});

describe('discovery', () => {
  it('serves version, groups and resource lists', async () => {
    expect((await admin.get('/version')).body.gitVersion).toMatch(/^v1\.32\.\d+$/);
    const core = (await admin.get('/api/v1')).body;
    const ns = (core.resources as Json[]).find((r) => r.name === 'namespaces');
    expect(ns).toMatchObject({ kind: 'Namespace', namespaced: false, shortNames: ['ns'] });
    const groups = (await admin.get('/apis')).body.groups as Json[];
    expect(groups.map((g) => g.name)).toEqual(
      expect.arrayContaining([
        'apps',
        'sailoperator.io',
        'gateway.networking.k8s.io',
        'project.openshift.io',
      ]),
    );
    const sail = (await admin.get('/apis/sailoperator.io/v1alpha1')).body;
    expect((sail.resources as Json[]).map((r) => r.name)).toEqual(['ztunnels', 'ztunnels/status']);
    expect((await admin.get('/openapi/v2')).status).toBe(200);
    expect((await admin.get('/apis/nope.example.com/v1')).status).toBe(404);
  });
});

describe('create, update, conflicts', () => {
  it('assigns uid, resourceVersion, timestamps and generateName', async () => {
    const r = await admin.post('/api/v1/namespaces/default/configmaps', {
      ...cm(''),
      metadata: { generateName: 'gen-' },
    });
    expect(r.status).toBe(201);
    expect(r.body.metadata.name).toMatch(/^gen-[a-z0-9]{5}$/);
    expect(r.body.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.body.metadata.creationTimestamp).toMatch(/Z$/);
    const r2 = await admin.post('/api/v1/namespaces/default/configmaps', cm('second'));
    expect(Number(r2.body.metadata.resourceVersion)).toBeGreaterThan(
      Number(r.body.metadata.resourceVersion),
    );
  });

  it('answers AlreadyExists, NotFound, and 409 on a stale update', async () => {
    await admin.post('/api/v1/namespaces/default/configmaps', cm('dup'));
    const again = await admin.post('/api/v1/namespaces/default/configmaps', cm('dup'));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'AlreadyExists',
    });
    const cur = (await admin.get('/api/v1/namespaces/default/configmaps/dup')).body;
    const ok = await admin.put('/api/v1/namespaces/default/configmaps/dup', {
      ...cur,
      data: { a: '2' },
    });
    expect(ok.status).toBe(200);
    const stale = await admin.put('/api/v1/namespaces/default/configmaps/dup', {
      ...cur,
      data: { a: '3' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.reason).toBe('Conflict');
    expect((await admin.get('/api/v1/namespaces/default/configmaps/nope')).body).toMatchObject({
      code: 404,
      reason: 'NotFound',
      message: 'configmaps "nope" not found',
    });
  });

  it('refuses a namespaced create in a missing namespace and invalid names', async () => {
    const r = await admin.post('/api/v1/namespaces/missing/configmaps', cm('x'));
    expect(r.status).toBe(404);
    expect(r.body.message).toBe('namespaces "missing" not found');
    const bad = await admin.post('/api/v1/namespaces', { metadata: { name: 'Bad_Name' } });
    expect(bad.status).toBe(422);
    expect(bad.body.details?.causes?.[0]).toMatchObject({
      field: 'metadata.name',
      reason: 'FieldValueInvalid',
    });
  });

  it('persists nothing on dryRun=All', async () => {
    const r = await admin.post('/api/v1/namespaces/default/configmaps?dryRun=All', cm('dry'));
    expect(r.status).toBe(201);
    expect((await admin.get('/api/v1/namespaces/default/configmaps/dry')).status).toBe(404);
    await admin.post('/api/v1/namespaces/default/configmaps', cm('dry2', { a: 'b' }));
    await admin.patch('/api/v1/namespaces/default/configmaps/dry2?dryRun=All', {
      metadata: { labels: { a: 'c' } },
    });
    await admin.delete('/api/v1/namespaces/default/configmaps/dry2?dryRun=All');
    expect(
      (await admin.get('/api/v1/namespaces/default/configmaps/dry2')).body.metadata.labels,
    ).toEqual({ a: 'b' });
  });
});

describe('patch', () => {
  const path = '/api/v1/namespaces/bookinfo/services/details';
  it.each([
    ['json', [{ op: 'add', path: '/metadata/labels/istio.io~1use-waypoint', value: 'waypoint' }]],
    ['merge', { metadata: { labels: { 'istio.io/use-waypoint': 'waypoint' } } }],
    ['strategic', { metadata: { labels: { 'istio.io/use-waypoint': 'waypoint' } } }],
  ] as const)('%s patch changes one label and keeps the rest', async (type, body) => {
    await admin.patch(
      path,
      [{ op: 'remove', path: '/metadata/labels/istio.io~1use-waypoint' }],
      'json',
    );
    const before = (await admin.get(path)).body;
    const r = await admin.patch(path, body as unknown as Json, type);
    expect(r.status).toBe(200);
    expect(r.body.metadata.labels).toEqual({
      ...before.metadata.labels,
      'istio.io/use-waypoint': 'waypoint',
    });
    expect(r.body.spec).toEqual(before.spec);
  });

  it('rejects strategic merge patch on custom resources and a remove of a missing key', async () => {
    await admin.post('/api/v1/namespaces', { metadata: { name: 'istio-system' } });
    await admin.post('/apis/sailoperator.io/v1/istios', {
      apiVersion: 'sailoperator.io/v1',
      kind: 'Istio',
      metadata: { name: 'patchme' },
      spec: { namespace: 'istio-system' },
    });
    expect(
      (await admin.patch('/apis/sailoperator.io/v1/istios/patchme', { spec: {} }, 'strategic'))
        .status,
    ).toBe(415);
    const r = await admin.patch(path, [{ op: 'remove', path: '/metadata/labels/nope' }], 'json');
    expect(r.status).toBe(422);
    await admin.delete('/apis/sailoperator.io/v1/istios/patchme');
  });

  it('merges pod containers by name in a strategic merge patch', async () => {
    const pods = (await admin.get('/api/v1/namespaces/bookinfo/pods?labelSelector=app%3Dratings'))
      .body.items;
    const name = pods[0].metadata.name;
    const r = await admin.patch(
      `/api/v1/namespaces/bookinfo/pods/${name}`,
      { spec: { containers: [{ name: 'ratings', image: 'example/ratings:2' }] } },
      'strategic',
    );
    expect(r.body.spec?.containers).toEqual([
      expect.objectContaining({
        name: 'ratings',
        image: 'example/ratings:2',
        ports: [expect.objectContaining({ containerPort: 9080 })],
      }),
    ]);
  });
});

describe('selectors and paging', () => {
  const names = async (q: string) =>
    ((await admin.get(`/api/v1/namespaces/bookinfo/pods?${q}`)).body.items as Json[])
      .map((p) => p.metadata.labels?.app + (p.metadata.labels?.version ?? ''))
      .sort();
  it('supports the label selector operators', async () => {
    expect(await names('labelSelector=app%3D%3Ddetails')).toEqual(['detailsv1']);
    expect(await names(`labelSelector=${encodeURIComponent('app in (details,ratings)')}`)).toEqual([
      'detailsv1',
      'ratingsv1',
    ]);
    expect(
      await names(`labelSelector=${encodeURIComponent('app notin (reviews),version!=v2')}`),
    ).toEqual(['detailsv1', 'productpagev1', 'ratingsv1']);
    expect(
      await names(`labelSelector=${encodeURIComponent('app=reviews,version notin (v1,v3)')}`),
    ).toEqual(['reviewsv2']);
    expect(await names(`labelSelector=${encodeURIComponent('!version')}`)).toEqual([]);
    expect((await names('labelSelector=version')).length).toBe(6);
    expect(
      (await admin.get(`/api/v1/pods?labelSelector=${encodeURIComponent('app in ()')}`)).status,
    ).toBe(400);
  });

  it('supports field selectors and refuses unknown fields', async () => {
    const pod = (await admin.get('/api/v1/namespaces/bookinfo/pods?limit=1')).body.items[0];
    const node = pod.spec?.nodeName as string;
    const byName = (
      await admin.get(`/api/v1/pods?fieldSelector=metadata.name%3D${pod.metadata.name}`)
    ).body.items;
    expect(byName.map((p: Json) => p.metadata.name)).toEqual([pod.metadata.name]);
    const onNode = (
      await admin.get(`/api/v1/pods?fieldSelector=spec.nodeName%3D${node},status.phase%3DRunning`)
    ).body.items as Json[];
    expect(onNode.length).toBeGreaterThan(0);
    expect(onNode.every((p) => p.spec?.nodeName === node)).toBe(true);
    expect(
      (
        await admin.get('/api/v1/pods?fieldSelector=metadata.namespace!%3Dbookinfo')
      ).body.items.some((p: Json) => p.metadata.namespace === 'bookinfo'),
    ).toBe(false);
    expect((await admin.get('/api/v1/pods?fieldSelector=spec.foo%3Dx')).status).toBe(400);
  });

  it('pages with limit and continue', async () => {
    const first = (await admin.get('/api/v1/namespaces?limit=5')).body;
    expect(first.items).toHaveLength(5);
    expect(first.metadata.continue).toBeTruthy();
    const all = (await admin.get('/api/v1/namespaces')).body.items.map(
      (n: Json) => n.metadata.name,
    );
    const seen = first.items.map((n: Json) => n.metadata.name as string);
    let cont = first.metadata.continue;
    while (cont) {
      const page = (
        await admin.get(`/api/v1/namespaces?limit=5&continue=${encodeURIComponent(cont)}`)
      ).body;
      seen.push(...page.items.map((n: Json) => n.metadata.name as string));
      cont = page.metadata.continue;
    }
    expect(seen).toEqual(all);
  });
});

describe('watch', () => {
  it('resumes from a resourceVersion over chunked HTTP', async () => {
    const rv = (await admin.get('/api/v1/namespaces/default/configmaps')).body.metadata
      .resourceVersion;
    await admin.post('/api/v1/namespaces/default/configmaps', cm('w1'));
    await admin.patch('/api/v1/namespaces/default/configmaps/w1', {
      metadata: { labels: { x: 'y' } },
    });
    await admin.delete('/api/v1/namespaces/default/configmaps/w1');
    const events = await watchHttp(
      `${c.url}/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=${rv}&fieldSelector=metadata.name%3Dw1`,
      (e) => e.length >= 3,
    );
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
    expect(events[1].object?.metadata.labels).toEqual({ x: 'y' });
  });

  it('answers 410 Gone for a resourceVersion older than the watch history', async () => {
    const rv = (await admin.get('/api/v1/namespaces/default/configmaps')).body.metadata
      .resourceVersion;
    const cmType = c.api.registry.byRid('/configmaps');
    if (!cmType) throw new Error('configmaps not served');
    for (let i = 0; i < 320; i += 1) {
      c.api.mutate(cmType, 'default', 'second', (o) => (o.metadata.labels = { i: String(i) }));
    }
    const events = await watchHttp(
      `${c.url}/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=${rv}`,
      (e) => e.length >= 1,
    );
    expect(events[0]).toMatchObject({ type: 'ERROR', object: { code: 410, reason: 'Expired' } });
  });

  it('streams events over WebSocket', async () => {
    const { WebSocket } = await import('ws');
    const rv = (await admin.get('/api/v1/namespaces/default/configmaps')).body.metadata
      .resourceVersion;
    const ws = new WebSocket(
      `${c.url.replace('http', 'ws')}/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=${rv}&labelSelector=ws%3Dyes`,
    );
    const got: Json[] = [];
    const done = new Promise<void>((resolve) =>
      ws.on('message', (m) => (got.push(JSON.parse(String(m))), got.length >= 2 && resolve())),
    );
    await new Promise((r) => ws.on('open', r));
    await admin.post('/api/v1/namespaces/default/configmaps', cm('ws1', { ws: 'yes' }));
    await admin.delete('/api/v1/namespaces/default/configmaps/ws1');
    await done;
    ws.close();
    expect(got.map((e) => `${e.type}:${e.object?.metadata.name}`)).toEqual([
      'ADDED:ws1',
      'DELETED:ws1',
    ]);
  });
});

describe('users and RBAC', () => {
  it('keeps the developer to bookinfo', async () => {
    expect((await dev.get('/api/v1/namespaces')).status).toBe(403);
    expect((await dev.get('/api/v1/namespaces/bookinfo')).status).toBe(200);
    const projects = (await dev.get('/apis/project.openshift.io/v1/projects')).body.items.map(
      (p: Json) => p.metadata.name,
    );
    expect(projects).toEqual(['bookinfo']);
    expect((await dev.get('/api/v1/namespaces/bookinfo/pods')).status).toBe(200);
    expect((await dev.get('/api/v1/namespaces/default/pods')).status).toBe(403);
    const istio = await dev.post('/apis/sailoperator.io/v1/istios', {
      apiVersion: 'sailoperator.io/v1',
      kind: 'Istio',
      metadata: { name: 'default' },
      spec: {},
    });
    expect(istio.status).toBe(403);
    expect(istio.body.message).toContain(
      'User "developer" cannot create resource "istios" in API group "sailoperator.io" at the cluster scope',
    );
    const label = await dev.patch('/api/v1/namespaces/bookinfo/pods?x=1', {});
    expect(label.status).toBe(405);
  });

  it('watches only the projects the developer may see', async () => {
    const events = await watchHttp(
      `${c.url}/apis/project.openshift.io/v1/projects?watch=true`,
      (e) => e.length >= 2,
      1500,
      'sandbox-developer-token',
    );
    expect(events.map((e) => `${e.type}:${e.object?.kind}:${e.object?.metadata.name}`)).toEqual([
      'ADDED:Project:bookinfo',
    ]);
  });

  it('answers SelfSubjectAccessReviews and honours impersonation from the admin', async () => {
    const review = (u: ReturnType<typeof client>, attrs: Record<string, string>) =>
      u.post('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: { resourceAttributes: attrs },
      });
    // The developer may label the bookinfo Namespace (its grant) and no other.
    expect(
      (await review(dev, { verb: 'patch', resource: 'namespaces', name: 'bookinfo' })).body.status
        ?.allowed,
    ).toBe(true);
    expect(
      (await review(dev, { verb: 'patch', resource: 'namespaces', name: 'default' })).body.status
        ?.allowed,
    ).toBe(false);
    expect(
      (await review(dev, { verb: 'patch', resource: 'pods', namespace: 'bookinfo' })).body.status
        ?.allowed,
    ).toBe(true);
    expect(
      (await review(admin, { verb: 'create', group: 'sailoperator.io', resource: 'istios' })).body
        .status?.allowed,
    ).toBe(true);
    expect(
      (await admin.get('/api/v1/namespaces', { 'Impersonate-User': 'developer' })).status,
    ).toBe(403);
    expect(
      (await dev.get('/api/v1/namespaces/bookinfo/pods', { 'Impersonate-User': 'admin' })).status,
    ).toBe(403);
  });

  it('requires a token when asked to', async () => {
    const strict = await startCluster({ port: 0, delayMs: 0, quiet: true, requireToken: true });
    try {
      expect((await client(strict.url).get('/api/v1/namespaces')).status).toBe(401);
      expect((await client(strict.url, 'wrong').get('/api/v1/namespaces')).status).toBe(401);
      expect(
        (await client(strict.url, 'sandbox-admin-token').get('/api/v1/namespaces')).status,
      ).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('deletion', () => {
  it('garbage-collects what an owner owned', async () => {
    await c.settle();
    const rs = (
      await admin.get('/apis/apps/v1/namespaces/bookinfo/replicasets?labelSelector=app%3Ddetails')
    ).body.items;
    expect(rs).toHaveLength(1);
    await admin.delete('/apis/apps/v1/namespaces/bookinfo/deployments/details-v1', {
      propagationPolicy: 'Background',
    });
    await c.settle();
    expect(
      (await admin.get('/apis/apps/v1/namespaces/bookinfo/replicasets?labelSelector=app%3Ddetails'))
        .body.items,
    ).toHaveLength(0);
    expect(
      (await admin.get('/api/v1/namespaces/bookinfo/pods?labelSelector=app%3Ddetails')).body.items,
    ).toHaveLength(0);
  });

  it('orphans dependents on request', async () => {
    await admin.delete('/apis/apps/v1/namespaces/bookinfo/deployments/ratings-v1', {
      propagationPolicy: 'Orphan',
    });
    await c.settle();
    const rs = (
      await admin.get('/apis/apps/v1/namespaces/bookinfo/replicasets?labelSelector=app%3Dratings')
    ).body.items;
    expect(rs).toHaveLength(1);
    expect(rs[0].metadata.ownerReferences).toBeUndefined();
  });

  it('refuses to delete the default namespace', async () => {
    const r = await admin.delete('/api/v1/namespaces/default');
    expect(r.status).toBe(403);
    expect(r.body.message).toBe(
      'namespaces "default" is forbidden: this namespace may not be deleted',
    );
  });

  it('deletes a namespace with its contents', async () => {
    await admin.post('/api/v1/namespaces', { metadata: { name: 'doomed' } });
    await admin.post('/api/v1/namespaces/doomed/configmaps', cm('inside'));
    await admin.post('/api/v1/namespaces/doomed/configmaps', {
      ...cm('held'),
      metadata: { name: 'held', finalizers: ['example.com/hold'] },
    });
    const r = await admin.delete('/api/v1/namespaces/doomed');
    expect(r.body.status?.phase).toBe('Terminating');
    await c.settle();
    expect((await admin.get('/api/v1/namespaces/doomed')).body.status?.phase).toBe('Terminating');
    expect((await admin.get('/api/v1/namespaces/doomed/configmaps/inside')).status).toBe(404);
    expect(
      (await admin.get('/api/v1/namespaces/doomed/configmaps/held')).body.metadata
        .deletionTimestamp,
    ).toBeTruthy();
    const late = await admin.post('/api/v1/namespaces/doomed/configmaps', cm('late'));
    expect(late.status).toBe(403);
    expect(late.body.message).toContain('because it is being terminated');
    await admin.patch('/api/v1/namespaces/doomed/configmaps/held', {
      metadata: { finalizers: null },
    });
    await c.settle();
    expect((await admin.get('/api/v1/namespaces/doomed')).status).toBe(404);
    expect(
      (await admin.get('/api/v1/configmaps?fieldSelector=metadata.namespace%3Ddoomed')).body.items,
    ).toHaveLength(0);
  });
});

describe('test hooks', () => {
  it('injects faults and logs requests', async () => {
    await admin.delete('/sandbox/requests');
    expect(
      (
        await admin.post('/sandbox/faults', {
          method: 'PATCH',
          path: '/namespaces/bookinfo$',
          status: 409,
          times: 1,
        })
      ).status,
    ).toBe(201);
    const failed = await admin.patch('/api/v1/namespaces/bookinfo', {
      metadata: { labels: { a: 'b' } },
    });
    expect(failed.body).toMatchObject({ kind: 'Status', code: 409, reason: 'Conflict' });
    expect(
      (await admin.patch('/api/v1/namespaces/bookinfo', { metadata: { labels: { a: 'b' } } }))
        .status,
    ).toBe(200);
    const log = (await admin.get('/sandbox/requests')).body.items as Json[];
    expect(log.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([409, 200]);
    expect(log[0]).toMatchObject({
      path: '/api/v1/namespaces/bookinfo',
      user: 'admin',
      contentType: 'application/merge-patch+json',
      watch: false,
    });
    expect((await dev.get('/sandbox/requests')).status).toBe(403);
  });
});
