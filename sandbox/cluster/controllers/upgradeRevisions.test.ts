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
    await k.delete('/api/v1/namespaces/sidecar-app/pods/legacy-0');
    await c.settle();
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
