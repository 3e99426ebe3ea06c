import { startCluster, type SandboxCluster } from '../index';
import { client, type Json } from '../testing';
import { cond } from './upgradeTesting';

// sail-operator release-1.27: the Istio has no finalizer, its IstioRevisions carry the operator's
// (NewStandardReconcilerWithFinalizer) and are garbage-collected with it; Finalize uninstalls istiod.
// The Istio reconciler watches its revisions and recreates the active one.
const SAIL = '/apis/sailoperator.io/v1';

describe('ambient installed at 1.26: revisions and deletion', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'upgrade' });
    k = client(c.url);
  });
  afterAll(() => c.close());
  const items = async (path: string): Promise<Json[]> => (await k.get(path)).body.items ?? [];

  it('recreates a deleted active IstioRevision', async () => {
    const before = (await k.get(`${SAIL}/istiorevisions/default`)).body;
    const del = await k.delete(`${SAIL}/istiorevisions/default`);
    expect(del.body.metadata.deletionTimestamp).toBeTruthy();
    await c.settle();
    const after = (await k.get(`${SAIL}/istiorevisions/default`)).body;
    expect(after.metadata.uid).not.toBe(before.metadata.uid);
    expect(cond(after, 'Ready')?.status).toBe('True');
    expect(cond((await k.get(`${SAIL}/istios/default`)).body, 'Ready')?.status).toBe('True');
  });

  it('deleting the Istio while ZTunnel and IstioCNI exist removes its revision and istiod only', async () => {
    expect((await k.delete(`${SAIL}/istios/default`)).status).toBe(200);
    await c.settle();
    expect((await k.get(`${SAIL}/istios/default`)).status).toBe(404);
    expect(await items(`${SAIL}/istiorevisions`)).toEqual([]);
    expect(await items('/apis/apps/v1/namespaces/istio-system/deployments')).toEqual([]);
    expect(await items('/api/v1/namespaces/istio-system/services')).toEqual([]);
    // The data plane stays; ztunnel has no istiod to reach.
    expect((await items('/api/v1/namespaces/ztunnel/pods')).length).toBe(6);
    const zt = (await k.get(`${SAIL}/ztunnels/default`)).body;
    expect(cond(zt, 'Ready')).toMatchObject({
      status: 'False',
      reason: 'DaemonSetNotReady',
      message: 'not all ztunnel pods are ready',
    });
    expect(cond((await k.get(`${SAIL}/istiocnis/default`)).body, 'Ready')?.status).toBe('True');
  });
});
