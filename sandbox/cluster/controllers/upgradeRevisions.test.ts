import { startCluster, type SandboxCluster } from '../index';
import { client, statusOf, type Json } from '../testing';
import { cond, imagesOf } from './upgradeTesting';

// sail-operator release-1.27: controllers/istio (getActiveRevisionName, PruneInactive,
// getPruningGracePeriod), controllers/istiorevision (isRevisionReferenced), controllers/istiorevisiontag.
const SAIL = '/apis/sailoperator.io/v1';
const OLD = 'default-v1-26-8';
const NEW = 'default-v1-27-9';

describe('upgrade-revisions scenario: a RevisionBased upgrade', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'upgrade-revisions' });
    k = client(c.url);
  });
  afterAll(() => c.close());

  const get = async (path: string): Promise<Json> => (await k.get(path)).body;
  const revisions = async (): Promise<string[]> =>
    ((await get(`${SAIL}/istiorevisions`)).items ?? [])
      .map((r) => r.metadata.name as string)
      .sort();
  const deployments = async (): Promise<string[]> =>
    ((await get('/apis/apps/v1/namespaces/istio-system/deployments')).items ?? [])
      .map((d) => d.metadata.name as string)
      .sort();

  it('starts with the 1.26 revision, in use through the default tag and injected pods', async () => {
    expect(await revisions()).toEqual([OLD]);
    const rev = await get(`${SAIL}/istiorevisions/${OLD}`);
    expect(rev.spec?.values).toMatchObject({ revision: OLD });
    expect(cond(rev, 'InUse')).toMatchObject({ status: 'True', reason: 'ReferencedByWorkloads' });
    expect(statusOf(await get(`${SAIL}/istiorevisiontags/default`)).istioRevision).toBe(OLD);
    expect(await deployments()).toEqual([`istiod-${OLD}`]);
    const istio = await get(`${SAIL}/istios/default`);
    expect(statusOf(istio)).toMatchObject({
      activeRevisionName: OLD,
      revisions: { total: 1, ready: 1, inUse: 1 },
      state: 'Healthy',
    });
    expect(cond(await get(`${SAIL}/ztunnels/default`), 'Ready')?.status).toBe('True');
  });

  it('a new version: a second revision and istiod beside the old, the tag and waypoint move', async () => {
    await k.patch(`${SAIL}/istios/default`, { spec: { version: 'v1.27.9' } });
    await c.settle();
    expect(await revisions()).toEqual([OLD, NEW]);
    expect(await deployments()).toEqual([`istiod-${OLD}`, `istiod-${NEW}`]);
    const istio = await get(`${SAIL}/istios/default`);
    expect(statusOf(istio)).toMatchObject({
      activeRevisionName: NEW,
      revisions: { total: 2, ready: 2, inUse: 2 },
    });
    expect(cond(istio, 'Ready')?.status).toBe('True');
    expect(statusOf(await get(`${SAIL}/istiorevisiontags/default`)).istioRevision).toBe(NEW);
    const wp = await get('/apis/apps/v1/namespaces/bookinfo/deployments/waypoint');
    expect(imagesOf([wp.spec?.template as Json])[0]).toMatch(/istio-proxyv2-rhel9:1\.27\.9$/);
    // The sidecar pod keeps the revision that injected it until it is restarted.
    const old = await get(`${SAIL}/istiorevisions/${OLD}`);
    expect(cond(old, 'InUse')?.status).toBe('True');
    const pods = (await get('/api/v1/namespaces/sidecar-app/pods')).items ?? [];
    expect(pods.map((p) => p.metadata.annotations?.['istio.io/rev'])).toEqual([OLD]);
    expect(imagesOf(pods)).toContain(
      'registry.redhat.io/openshift-service-mesh/istio-proxyv2-rhel9:1.26.8',
    );
  });

  it('the ZTunnel moves to the new revision and its pods dial it', async () => {
    await k.patch(`${SAIL}/ztunnels/default`, {
      spec: { version: 'v1.27.9', values: { ztunnel: { revision: NEW } } },
    });
    await c.settle();
    const zt = await get(`${SAIL}/ztunnels/default`);
    expect(cond(zt, 'Ready')?.status).toBe('True');
    const ds = await get('/apis/apps/v1/namespaces/ztunnel/daemonsets/ztunnel');
    const env = JSON.stringify(ds.spec?.template);
    expect(env).toContain(`istiod-${NEW}.istio-system.svc:15012`);
  });

  it('the old revision goes once unused and its grace period has passed', async () => {
    // kubectl rollout restart: the new pods are injected by the revision the tag names now.
    await k.patch('/apis/apps/v1/namespaces/sidecar-app/deployments/legacy', {
      spec: {
        template: {
          metadata: {
            annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-01-01T00:00:00Z' },
          },
        },
      },
    });
    await c.settle();
    const pods = (await get('/api/v1/namespaces/sidecar-app/pods')).items ?? [];
    expect(pods.map((p) => p.metadata.annotations?.['istio.io/rev'])).toEqual([NEW]);
    const old = await get(`${SAIL}/istiorevisions/${OLD}`);
    expect(cond(old, 'InUse')).toMatchObject({
      status: 'False',
      reason: 'NotReferencedByAnything',
      message: 'Not referenced by any pod or namespace',
    });
    // 30 s by default: still there.
    expect(await revisions()).toEqual([OLD, NEW]);
    expect(statusOf(await get(`${SAIL}/istios/default`)).revisions).toMatchObject({
      total: 2,
      inUse: 1,
    });
    await k.patch(`${SAIL}/istios/default`, {
      spec: { updateStrategy: { inactiveRevisionDeletionGracePeriodSeconds: 0 } },
    });
    await c.settle();
    expect(await revisions()).toEqual([NEW]);
    expect(await deployments()).toEqual([`istiod-${NEW}`]);
    expect(statusOf(await get(`${SAIL}/istios/default`)).revisions).toEqual({
      total: 1,
      ready: 1,
      inUse: 1,
    });
    expect(cond(await get(`${SAIL}/ztunnels/default`), 'Ready')?.status).toBe('True');
  });
});

describe('sail-next: a ZTunnel with targetRef follows its Istio to the new revision', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'sail-next' });
    k = client(c.url);
  });
  afterAll(() => c.close());

  it('the DaemonSet rolls to the new istiod address, the pods reconnect, the old revision goes', async () => {
    for (const name of ['istio-system', 'istio-cni', 'ztunnel'])
      await k.post('/api/v1/namespaces', { metadata: { name } });
    const cr = (kind: string, plural: string, spec: Record<string, unknown>) =>
      k.post(`${SAIL}/${plural}`, {
        apiVersion: 'sailoperator.io/v1',
        kind,
        metadata: { name: 'default' },
        spec,
      });
    await cr('Istio', 'istios', {
      namespace: 'istio-system',
      version: 'v1.29.6',
      profile: 'ambient',
      updateStrategy: { type: 'RevisionBased', inactiveRevisionDeletionGracePeriodSeconds: 0 },
    });
    await cr('IstioCNI', 'istiocnis', {
      namespace: 'istio-cni',
      version: 'v1.29.6',
      profile: 'ambient',
    });
    await cr('ZTunnel', 'ztunnels', {
      namespace: 'ztunnel',
      version: 'v1.29.6',
      targetRef: { kind: 'Istio', name: 'default' },
    });
    await c.settle();
    const env = async (): Promise<string[]> =>
      ((await k.get('/api/v1/namespaces/ztunnel/pods')).body.items as Json[]).map((p) =>
        JSON.stringify(p.spec?.containers),
      );
    expect((await env()).every((e) => e.includes('istiod-default-v1-29-6.istio-system'))).toBe(
      true,
    );
    await k.patch(`${SAIL}/istios/default`, { spec: { version: 'v1.30.3' } });
    await c.settle();
    const zt = (await k.get(`${SAIL}/ztunnels/default`)).body;
    expect(statusOf(zt).istioRevision).toBe('default-v1-30-3');
    expect(cond(zt, 'Ready')?.status).toBe('True');
    const now = await env();
    expect(now).toHaveLength(6);
    expect(now.every((e) => e.includes('istiod-default-v1-30-3.istio-system'))).toBe(true);
    // Nothing references the old revision: it goes at once (grace 0).
    const revs = ((await k.get(`${SAIL}/istiorevisions`)).body.items as Json[]).map(
      (r) => r.metadata.name,
    );
    expect(revs).toEqual(['default-v1-30-3']);
  });
});
