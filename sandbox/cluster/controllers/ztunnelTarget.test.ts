import { startCluster, type SandboxCluster } from '../index';
import { client, statusOf, type Json } from '../testing';
import { istiodAddress, istiodServes, ztunnelTarget } from './ztunnelTarget';

// istio/istio manifests/charts/ztunnel (CA_ADDRESS, XDS_ADDRESS: istiod{-rev}.{istioNamespace});
// sail-operator main api/v1/ztunnel_types.go (spec.targetRef).
const ready = { conditions: [{ type: 'Ready', status: 'True' }] };
const mesh = {
  metadata: { name: 'mesh' },
  spec: { namespace: 'istio-cp', version: 'v1.26.8', updateStrategy: { type: 'RevisionBased' } },
  status: { ...ready, activeRevisionName: 'mesh-v1-26-8' },
};
const def = { metadata: { name: 'default' }, spec: { namespace: 'istio-system' }, status: ready };

describe('ztunnelTarget', () => {
  it.each<[Record<string, unknown>, string | undefined]>([
    [{}, 'istiod.istio-system.svc:15012'],
    [{ values: { ztunnel: { revision: '' } } }, 'istiod.istio-system.svc:15012'],
    [
      { values: { ztunnel: { revision: 'mesh', istioNamespace: 'cp' } } },
      'istiod-mesh.cp.svc:15012',
    ],
    [{ targetRef: { kind: 'Istio', name: 'mesh' } }, 'istiod-mesh-v1-26-8.istio-cp.svc:15012'],
    [{ targetRef: { kind: 'Istio', name: 'default' } }, 'istiod.istio-system.svc:15012'],
    [{ targetRef: { kind: 'IstioRevision', name: 'r1' } }, 'istiod-r1.istio-system.svc:15012'],
    [{ targetRef: { kind: 'Istio', name: 'gone' } }, undefined],
    [{ values: { ztunnel: { xdsAddress: 'istiod-x.y.svc:15012' } } }, 'istiod-x.y.svc:15012'],
  ])('%j -> %s', (spec, address) => {
    const t = ztunnelTarget({ metadata: { name: 'default' }, spec }, [mesh, def]);
    expect(t && istiodAddress(t)).toBe(address);
  });

  it('is served only by a Ready IstioRevision of that name in that namespace', () => {
    const rev = {
      metadata: { name: 'mesh-v1-26-8' },
      spec: { namespace: 'istio-cp' },
      status: ready,
    };
    expect(istiodServes({ revision: 'mesh-v1-26-8', namespace: 'istio-cp' }, [rev])).toBe(true);
    expect(istiodServes({ revision: 'mesh-v1-26-8', namespace: 'istio-system' }, [rev])).toBe(
      false,
    );
    expect(istiodServes({ revision: 'default', namespace: 'istio-system' }, [rev])).toBe(false);
    const notReady = { ...def, status: { conditions: [{ type: 'Ready', status: 'False' }] } };
    expect(istiodServes({ revision: 'default', namespace: 'istio-system' }, [notReady])).toBe(
      false,
    );
    expect(istiodServes({ revision: 'default', namespace: 'istio-system' }, [def])).toBe(true);
  });
});

const readyOf = (o: Json): Record<string, unknown> =>
  ((statusOf(o).conditions as Json[]) ?? []).find((c) => c.type === 'Ready') ?? {};

describe('fresh cluster: ztunnel is Ready only when it reaches its istiod', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true });
    k = client(c.url);
  });
  afterAll(() => c.close());
  const ztPath = '/apis/sailoperator.io/v1alpha1/ztunnels/default';

  it('stays not ready while unwired, becomes Ready once wired to the Istio', async () => {
    for (const name of ['istio-cp', 'istio-cni', 'ztunnel'])
      await k.post('/api/v1/namespaces', { metadata: { name } });
    await k.post('/apis/sailoperator.io/v1/istios', {
      apiVersion: 'sailoperator.io/v1',
      kind: 'Istio',
      metadata: { name: 'mesh' },
      spec: {
        namespace: 'istio-cp',
        profile: 'ambient',
        updateStrategy: { type: 'RevisionBased' },
      },
    });
    await k.post('/apis/sailoperator.io/v1/istiocnis', {
      apiVersion: 'sailoperator.io/v1',
      kind: 'IstioCNI',
      metadata: { name: 'default' },
      spec: { namespace: 'istio-cni', profile: 'ambient' },
    });
    await k.post('/apis/sailoperator.io/v1alpha1/ztunnels', {
      apiVersion: 'sailoperator.io/v1alpha1',
      kind: 'ZTunnel',
      metadata: { name: 'default' },
      spec: { namespace: 'ztunnel', profile: 'ambient' },
    });
    await c.settle();
    const istio = (await k.get('/apis/sailoperator.io/v1/istios/mesh')).body;
    const rev = String(statusOf(istio).activeRevisionName);
    expect(rev).toMatch(/^mesh-v1-26-/);
    expect(readyOf(istio).status).toBe('True');
    const ds = (await k.get('/apis/apps/v1/namespaces/ztunnel/daemonsets/ztunnel')).body;
    expect(JSON.stringify(ds.spec)).toContain('istiod.istio-system.svc:15012');
    expect(statusOf(ds).numberReady).toBe(0);
    expect(readyOf((await k.get(ztPath)).body)).toMatchObject({
      status: 'False',
      reason: 'DaemonSetNotReady',
      message: 'not all ztunnel pods are ready',
    });
    const pods = (await k.get('/api/v1/namespaces/ztunnel/pods')).body.items;
    expect(pods.length).toBeGreaterThan(0);

    await k.patch(ztPath, {
      spec: { values: { ztunnel: { revision: rev, istioNamespace: 'istio-cp' } } },
    });
    await c.settle();
    const wired = (await k.get('/apis/apps/v1/namespaces/ztunnel/daemonsets/ztunnel')).body;
    expect(JSON.stringify(wired.spec)).toContain(`istiod-${rev}.istio-cp.svc:15012`);
    expect(statusOf(wired).numberReady).toBe(pods.length);
    expect(readyOf((await k.get(ztPath)).body).status).toBe('True');

    // The Istio goes away: ztunnel loses its istiod.
    await k.delete('/apis/sailoperator.io/v1/istios/mesh');
    await c.settle();
    expect(readyOf((await k.get(ztPath)).body).status).toBe('False');
  });
});
