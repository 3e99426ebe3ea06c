import { startCluster, type SandboxCluster } from '../index';
import { client, statusOf, type Json } from '../testing';

const conds = (o: Json) =>
  Object.fromEntries(
    ((statusOf(o).conditions as Json[]) ?? []).map((c) => [
      c.type,
      `${c.status}/${c.reason ?? ''}`,
    ]),
  );
const istio = (spec: Record<string, unknown>, name = 'default') => ({
  apiVersion: 'sailoperator.io/v1',
  kind: 'Istio',
  metadata: { name },
  spec,
});
const cni = (name = 'default') => ({
  apiVersion: 'sailoperator.io/v1',
  kind: 'IstioCNI',
  metadata: { name },
  spec: { namespace: 'istio-cni', profile: 'ambient' },
});
const zt = {
  apiVersion: 'sailoperator.io/v1alpha1',
  kind: 'ZTunnel',
  metadata: { name: 'default' },
  spec: { namespace: 'ztunnel', profile: 'ambient' },
};

describe('fresh cluster: the Sail operator', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true });
    k = client(c.url);
  });
  afterAll(() => c.close());

  it('has no mesh namespaces yet', async () => {
    for (const ns of ['istio-system', 'istio-cni', 'ztunnel'])
      expect((await k.get(`/api/v1/namespaces/${ns}`)).status).toBe(404);
  });

  it('validates CRs against the CRD schema and rules', async () => {
    const bad = await k.post(
      '/apis/sailoperator.io/v1/istios',
      istio({ namespace: 'istio-system', profile: 'ambiant' }),
    );
    expect(bad.status).toBe(422);
    expect(bad.body.details?.causes).toEqual([
      expect.objectContaining({ field: 'spec.profile', reason: 'FieldValueNotSupported' }),
    ]);
    expect(bad.body.message).toContain(
      'Istio.sailoperator.io "default" is invalid: spec.profile: Unsupported value: "ambiant"',
    );
    const foo = await k.post('/apis/sailoperator.io/v1/istiocnis', cni('foo'));
    expect(foo.status).toBe(422);
    expect(foo.body.details?.causes?.[0].message).toContain("metadata.name must be 'default'");
    const mismatch = await k.post(
      '/apis/sailoperator.io/v1/istios',
      istio({ namespace: 'istio-system', values: { global: { istioNamespace: 'other' } } }, 'x'),
    );
    expect(mismatch.body.details?.causes?.[0]).toMatchObject({
      field: 'spec',
      message: expect.stringContaining(
        'spec.values.global.istioNamespace must match spec.namespace',
      ),
    });
  });

  it('reports a missing namespace the way the operator does, then recovers', async () => {
    const r = await k.post(
      '/apis/sailoperator.io/v1/istios',
      istio({ profile: 'ambient', values: { pilot: { trustedZtunnelNamespace: 'ztunnel' } } }),
    );
    expect(r.body.spec).toMatchObject({
      namespace: 'istio-system',
      version: 'v1.26.8',
      updateStrategy: { type: 'InPlace' },
    });
    await c.settle();
    let cur = (await k.get('/apis/sailoperator.io/v1/istios/default')).body;
    expect(conds(cur).Reconciled).toBe('False/ReconcileError');
    expect((statusOf(cur).conditions as Json[])[0].message).toBe(
      'error reconciling resource: namespace "istio-system" doesn\'t exist',
    );
    expect(statusOf(cur).state).toBe('ReconcileError');
    const events = (await k.get('/api/v1/namespaces/default/events')).body.items as Json[];
    expect(
      events.some(
        (e) => e.reason === 'ReconcileError' && String(e.message).includes("doesn't exist"),
      ),
    ).toBe(true);
    await k.post('/api/v1/namespaces', { metadata: { name: 'istio-system' } });
    await c.settle();
    cur = (await k.get('/apis/sailoperator.io/v1/istios/default')).body;
    expect(conds(cur)).toEqual({
      Reconciled: 'True/',
      Ready: 'True/',
      DependenciesHealthy: 'False/IstioCNINotFound',
    });
    expect(statusOf(cur).state).toBe('IstioCNINotFound');
    const istiod = (await k.get('/apis/apps/v1/namespaces/istio-system/deployments/istiod')).body;
    expect(istiod.metadata.labels).toMatchObject({
      app: 'istiod',
      'istio.io/rev': 'default',
      istio: 'pilot',
      'managed-by': 'sail-operator',
    });
    const svc = (await k.get('/api/v1/namespaces/istio-system/services/istiod')).body;
    expect(svc.spec?.type).toBe('ClusterIP');
    await k.post('/api/v1/namespaces', { metadata: { name: 'poke' } });
    await c.settle();
    const again = (await k.get('/apis/apps/v1/namespaces/istio-system/deployments/istiod')).body;
    expect(again.metadata.generation).toBe(1);
    expect(again.metadata.resourceVersion).toBe(istiod.metadata.resourceVersion);
    // sail-operator: Istio -> IstioRevision -> istiod (owned by the revision).
    expect(istiod.metadata.ownerReferences?.[0]).toMatchObject({
      kind: 'IstioRevision',
      name: 'default',
      controller: true,
    });
    const rev = (await k.get('/apis/sailoperator.io/v1/istiorevisions/default')).body;
    expect(rev.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Istio', name: 'default' });
  });

  it('keeps spec.namespace immutable and status apart from spec', async () => {
    const cur = (await k.get('/apis/sailoperator.io/v1/istios/default')).body;
    const moved = await k.patch('/apis/sailoperator.io/v1/istios/default', {
      spec: { namespace: 'elsewhere' },
    });
    expect(moved.status).toBe(422);
    expect(moved.body.details?.causes?.[0]).toMatchObject({
      field: 'spec.namespace',
      message: 'Invalid value: "string": Value is immutable',
    });
    const spec = await k.patch('/apis/sailoperator.io/v1/istios/default', {
      spec: { values: { pilot: { env: { A: 'b' } } } },
      status: { state: 'Bogus' },
    });
    expect(spec.body.metadata.generation).toBe((cur.metadata.generation as number) + 1);
    expect(statusOf(spec.body).state).not.toBe('Bogus');
    const st = await k.patch('/apis/sailoperator.io/v1/istios/default/status', {
      spec: { profile: 'demo' },
      status: { state: 'Poked' },
    });
    expect(st.body.spec?.profile).toBe('ambient');
    expect(statusOf(st.body).state).toBe('Poked');
    expect(st.body.metadata.generation).toBe(spec.body.metadata.generation);
  });

  it('refuses an unsupported version as the operator does', async () => {
    await k.post('/api/v1/namespaces', { metadata: { name: 'istio-cni' } });
    const r = await k.post('/apis/sailoperator.io/v1/istiocnis', {
      ...cni(),
      spec: { namespace: 'istio-cni', version: 'v1.22.8' },
    });
    expect(r.status).toBe(201);
    await c.settle();
    const cur = (await k.get('/apis/sailoperator.io/v1/istiocnis/default')).body;
    expect(conds(cur).Reconciled).toBe('False/ReconcileError');
    expect((await k.get('/apis/apps/v1/namespaces/istio-cni/daemonsets')).body.items).toHaveLength(
      0,
    );
    await k.delete('/apis/sailoperator.io/v1/istiocnis/default');
  });

  it('deploys istio-cni-node and ztunnel on every node, Ready when pods are, and removes them with the CR', async () => {
    await k.post('/apis/sailoperator.io/v1/istiocnis', cni());
    await k.post('/api/v1/namespaces', { metadata: { name: 'ztunnel' } });
    await k.post('/apis/sailoperator.io/v1alpha1/ztunnels', zt);
    await c.settle();
    const nodes = (await k.get('/api/v1/nodes')).body.items.length;
    const ds = (await k.get('/apis/apps/v1/namespaces/istio-cni/daemonsets/istio-cni-node')).body;
    expect(ds.spec?.selector).toEqual({ matchLabels: { 'k8s-app': 'istio-cni-node' } });
    expect(statusOf(ds).numberReady).toBe(nodes);
    const ztPods = (await k.get('/api/v1/namespaces/ztunnel/pods?labelSelector=app%3Dztunnel')).body
      .items as Json[];
    expect(ztPods).toHaveLength(nodes);
    expect(ztPods.every((p) => p.metadata.labels?.['istio.io/dataplane-mode'] === 'none')).toBe(
      true,
    );
    expect(conds((await k.get('/apis/sailoperator.io/v1alpha1/ztunnels/default')).body).Ready).toBe(
      'True/',
    );
    expect(statusOf((await k.get('/apis/sailoperator.io/v1/istios/default')).body).state).toBe(
      'Healthy',
    );

    const node = ztPods[0].spec?.nodeName;
    expect(
      (await k.post('/sandbox/nodes/no-such-node/ztunnel-ready', { ready: false })).status,
    ).toBe(404);
    await k.post(`/sandbox/nodes/${node}/ztunnel-ready`, { ready: false });
    await c.settle();
    const z = (await k.get('/apis/sailoperator.io/v1alpha1/ztunnels/default')).body;
    expect(conds(z).Ready).toBe('False/DaemonSetNotReady');
    expect((statusOf(z).conditions as Json[]).find((x) => x.type === 'Ready')?.message).toBe(
      'not all ztunnel pods are ready',
    );
    await k.post(`/sandbox/nodes/${node}/ztunnel-ready`, { ready: true });
    await c.settle();
    expect(conds((await k.get('/apis/sailoperator.io/v1alpha1/ztunnels/default')).body).Ready).toBe(
      'True/',
    );

    await k.delete('/apis/sailoperator.io/v1alpha1/ztunnels/default');
    await c.settle();
    expect((await k.get('/apis/apps/v1/namespaces/ztunnel/daemonsets/ztunnel')).status).toBe(404);
    expect((await k.get('/api/v1/namespaces/ztunnel/pods')).body.items).toHaveLength(0);
  });
});

describe('ambient cluster: CNI agent and waypoints', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'ambient' });
    k = client(c.url);
  });
  afterAll(() => c.close());
  const redirection = async (q = '') =>
    Object.fromEntries(
      ((await k.get(`/api/v1/namespaces/bookinfo/pods${q}`)).body.items as Json[]).map((p) => [
        p.metadata.labels?.app + (p.metadata.labels?.version ?? ''),
        p.metadata.annotations?.['ambient.istio.io/redirection'] ?? '-',
      ]),
    );

  it('starts with bookinfo enrolled and captured', async () => {
    expect(
      (await k.get('/api/v1/namespaces/bookinfo')).body.metadata.labels?.[
        'istio.io/dataplane-mode'
      ],
    ).toBe('ambient');
    expect(Object.values(await redirection())).toEqual(Array(6).fill('enabled'));
    expect(statusOf((await k.get('/apis/sailoperator.io/v1/istios/default')).body).state).toBe(
      'Healthy',
    );
  });

  it('follows pod and namespace labels without restarting pods', async () => {
    const before = ((await k.get('/api/v1/namespaces/bookinfo/pods')).body.items as Json[])
      .map((p) => p.metadata.uid)
      .sort();
    const pod = (
      (await k.get('/api/v1/namespaces/bookinfo/pods?labelSelector=app%3Dratings')).body
        .items as Json[]
    )[0];
    await k.patch(`/api/v1/namespaces/bookinfo/pods/${pod.metadata.name}`, {
      metadata: { labels: { 'istio.io/dataplane-mode': 'none' } },
    });
    await c.settle();
    expect((await redirection()).ratingsv1).toBe('-');
    await k.patch('/api/v1/namespaces/bookinfo', {
      metadata: { labels: { 'istio.io/dataplane-mode': null } },
    });
    await c.settle();
    expect(Object.values(await redirection())).toEqual(Array(6).fill('-'));
    await k.patch(`/api/v1/namespaces/bookinfo/pods/${pod.metadata.name}`, {
      metadata: { labels: { 'istio.io/dataplane-mode': 'ambient' } },
    });
    await c.settle();
    expect((await redirection()).ratingsv1).toBe('enabled');
    const after = ((await k.get('/api/v1/namespaces/bookinfo/pods')).body.items as Json[])
      .map((p) => p.metadata.uid)
      .sort();
    expect(after).toEqual(before);
  });

  it('never captures a pod with a sidecar', async () => {
    await k.patch('/api/v1/namespaces/bookinfo', {
      metadata: { labels: { 'istio.io/dataplane-mode': 'ambient' } },
    });
    const pod = (
      (await k.get('/api/v1/namespaces/bookinfo/pods?labelSelector=app%3Ddetails')).body
        .items as Json[]
    )[0];
    await k.patch(`/api/v1/namespaces/bookinfo/pods/${pod.metadata.name}`, {
      metadata: { annotations: { 'sidecar.istio.io/status': '{}' } },
    });
    await c.settle();
    expect((await redirection()).detailsv1).toBe('-');
    expect((await redirection()).reviewsv1).toBe('enabled');
  });

  it('programs a waypoint Gateway', async () => {
    expect(
      (await k.get('/apis/gateway.networking.k8s.io/v1/gatewayclasses/istio-waypoint')).status,
    ).toBe(200);
    const gw = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: {
        name: 'waypoint',
        namespace: 'bookinfo',
        labels: { 'istio.io/waypoint-for': 'service' },
      },
      spec: {
        gatewayClassName: 'istio-waypoint',
        listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
      },
    };
    expect(
      (await k.post('/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways', gw)).status,
    ).toBe(201);
    await c.settle();
    const cur = (
      await k.get('/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways/waypoint')
    ).body;
    expect(conds(cur)).toEqual({ Accepted: 'True/Accepted', Programmed: 'True/Programmed' });
    expect((statusOf(cur).addresses as Json[])[0].value).toMatch(/^172\.30\./);
    const pods = (
      await k.get(
        '/api/v1/namespaces/bookinfo/pods?labelSelector=gateway.networking.k8s.io%2Fgateway-name%3Dwaypoint',
      )
    ).body.items as Json[];
    expect(pods).toHaveLength(1);
    expect(pods[0].metadata.labels?.['gateway.istio.io/managed']).toBe('istio.io-mesh-controller');
    expect(pods[0].metadata.annotations?.['ambient.istio.io/redirection']).toBeUndefined();
    await k.delete('/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways/waypoint');
    await c.settle();
    expect((await k.get('/apis/apps/v1/namespaces/bookinfo/deployments/waypoint')).status).toBe(
      404,
    );
  });
});

describe('other scenarios', () => {
  it('ossm-3.2 serves ZTunnel v1 and v1alpha1', async () => {
    const c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'ossm-3.2' });
    try {
      const g = (await client(c.url).get('/apis/sailoperator.io')).body;
      expect(g.preferredVersion).toEqual({ groupVersion: 'sailoperator.io/v1', version: 'v1' });
      const v1 = (await client(c.url).get('/apis/sailoperator.io/v1')).body.resources as Json[];
      expect(v1.map((r) => r.name)).toContain('ztunnels');
      const csv = (
        await client(c.url).get(
          '/apis/operators.coreos.com/v1alpha1/namespaces/openshift-operators/clusterserviceversions',
        )
      ).body.items as Json[];
      expect(csv.map((x) => x.metadata.name)).toEqual(['servicemeshoperator3.v3.2.0']);
    } finally {
      await c.close();
    }
  });

  it('blocked has Service Mesh 2 next to the Service Mesh 3 operator', async () => {
    const c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'blocked' });
    try {
      const k = client(c.url);
      expect(
        (
          await k.get(
            '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/servicemeshcontrolplanes.maistra.io',
          )
        ).status,
      ).toBe(200);
      expect((await k.get('/apis/maistra.io/v2/servicemeshcontrolplanes')).body.items).toHaveLength(
        1,
      );
      expect(
        (
          await k.get(
            '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/istios.sailoperator.io',
          )
        ).status,
      ).toBe(200);
      const csvs = (await k.get('/apis/operators.coreos.com/v1alpha1/clusterserviceversions')).body
        .items as Json[];
      expect(csvs.map((x) => x.metadata.name).sort()).toEqual([
        'servicemeshoperator.v2.6.10',
        'servicemeshoperator3.v3.1.3',
      ]);
    } finally {
      await c.close();
    }
  });

  it('serves a CRD once created and stops when it is deleted', async () => {
    const c = await startCluster({ port: 0, delayMs: 0, quiet: true });
    try {
      const k = client(c.url);
      const crd = {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: 'widgets.example.com' },
        spec: {
          group: 'example.com',
          scope: 'Namespaced',
          names: { plural: 'widgets', kind: 'Widget', singular: 'widget' },
          versions: [
            {
              name: 'v1',
              served: true,
              storage: true,
              schema: {
                openAPIV3Schema: {
                  type: 'object',
                  properties: {
                    spec: {
                      type: 'object',
                      required: ['size'],
                      properties: {
                        size: { type: 'integer', default: 1 },
                        color: { type: 'string', default: 'red' },
                      },
                    },
                  },
                },
              },
            },
          ],
        },
      };
      expect(
        (await k.post('/apis/apiextensions.k8s.io/v1/customresourcedefinitions', crd)).status,
      ).toBe(201);
      const w = await k.post('/apis/example.com/v1/namespaces/default/widgets', {
        apiVersion: 'example.com/v1',
        kind: 'Widget',
        metadata: { name: 'w' },
        spec: { size: 2, extra: 1 },
      });
      expect(w.body.spec).toEqual({ size: 2, color: 'red' });
      expect(
        (
          await k.post('/apis/example.com/v1/namespaces/default/widgets', {
            apiVersion: 'example.com/v1',
            kind: 'Widget',
            metadata: { name: 'x' },
            spec: { size: 'big' },
          })
        ).status,
      ).toBe(422);
      const strict = await k.post(
        '/apis/example.com/v1/namespaces/default/widgets?fieldValidation=Strict',
        {
          apiVersion: 'example.com/v1',
          kind: 'Widget',
          metadata: { name: 'y' },
          spec: { size: 1, extra: 1 },
        },
      );
      expect(strict.status).toBe(400);
      expect(strict.body.message).toContain('unknown field "spec.extra"');
      await c.settle();
      const est = (
        await k.get('/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com')
      ).body;
      expect(conds(est).Established).toBe('True/InitialNamesAccepted');
      await k.delete('/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com');
      expect((await k.get('/apis/example.com/v1/namespaces/default/widgets')).status).toBe(404);
    } finally {
      await c.close();
    }
  });
});
