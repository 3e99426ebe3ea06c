import { startCluster, type SandboxCluster } from '../index';
import { client, type Json } from '../testing';

const SAIL = '/apis/sailoperator.io';
const items = async (k: ReturnType<typeof client>, path: string): Promise<Json[]> =>
  ((await k.get(path)).body.items as Json[]) ?? [];

describe('ambient installed: deleting the Sail CRs and their namespaces', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'ambient' });
    k = client(c.url);
  });
  afterAll(() => c.close());

  it('carries the operator finalizer on IstioCNI and ZTunnel, not on Istio', async () => {
    const cni = (await k.get(`${SAIL}/v1/istiocnis/default`)).body;
    const zt = (await k.get(`${SAIL}/v1alpha1/ztunnels/default`)).body;
    const istio = (await k.get(`${SAIL}/v1/istios/default`)).body;
    expect(cni.metadata.finalizers).toEqual(['sailoperator.io/sail-operator']);
    expect(zt.metadata.finalizers).toEqual(['sailoperator.io/sail-operator']);
    expect(istio.metadata.finalizers).toBeUndefined();
  });

  it('ZTunnel: the delete marks it, the operator uninstalls the DaemonSet, then it goes', async () => {
    expect((await items(k, '/api/v1/namespaces/ztunnel/pods')).length).toBeGreaterThan(0);
    const del = await k.delete(`${SAIL}/v1alpha1/ztunnels/default`);
    expect(del.status).toBe(200);
    expect(del.body.metadata.deletionTimestamp).toBeTruthy();
    await c.settle();
    expect((await k.get(`${SAIL}/v1alpha1/ztunnels/default`)).status).toBe(404);
    expect(await items(k, '/apis/apps/v1/namespaces/ztunnel/daemonsets')).toEqual([]);
    expect(await items(k, '/api/v1/namespaces/ztunnel/pods')).toEqual([]);
    expect(await items(k, '/api/v1/namespaces/ztunnel/serviceaccounts')).toEqual([]);
  });

  it('IstioCNI then Istio: their DaemonSet, istiod and pods go by garbage collection', async () => {
    await k.delete(`${SAIL}/v1/istiocnis/default`);
    await c.settle();
    expect((await k.get(`${SAIL}/v1/istiocnis/default`)).status).toBe(404);
    expect(await items(k, '/api/v1/namespaces/istio-cni/pods')).toEqual([]);
    await k.delete(`${SAIL}/v1/istios/default`);
    await c.settle();
    expect((await k.get(`${SAIL}/v1/istios/default`)).status).toBe(404);
    expect(await items(k, '/apis/apps/v1/namespaces/istio-system/deployments')).toEqual([]);
    expect(await items(k, '/api/v1/namespaces/istio-system/pods')).toEqual([]);
    expect(await items(k, '/api/v1/namespaces/istio-system/services')).toEqual([]);
  });

  it('a deleted namespace terminates, then is finalized', async () => {
    await k.post('/api/v1/namespaces/istio-system/configmaps', {
      metadata: { name: 'left' },
      data: { a: 'b' },
    });
    const del = await k.delete('/api/v1/namespaces/istio-system');
    expect(del.body.status?.phase).toBe('Terminating');
    await c.settle();
    expect((await k.get('/api/v1/namespaces/istio-system')).status).toBe(404);
    expect((await k.get('/api/v1/namespaces/istio-system/configmaps/left')).status).toBe(404);
  });
});
