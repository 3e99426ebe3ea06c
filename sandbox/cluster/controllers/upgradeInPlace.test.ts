import { startCluster, type SandboxCluster } from '../index';
import { client, statusOf, type Json } from '../testing';
import { cond, history, imagesOf } from './upgradeTesting';

// sail-operator release-1.27: controllers/istio, controllers/istiorevision, controllers/istiocni,
// controllers/ztunnel (determineStatus, determineReadyCondition); the 1.26/1.27 charts' labels.
const SAIL = '/apis/sailoperator.io/v1';
const REG = 'registry.redhat.io/openshift-service-mesh';

describe('upgrade scenario: InPlace version changes', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'upgrade' });
    k = client(c.url);
  });
  afterAll(() => c.close());

  const get = async (path: string): Promise<Json> => (await k.get(path)).body;
  const pods = async (ns: string): Promise<Json[]> =>
    ((await get(`/api/v1/namespaces/${ns}/pods`)).items ?? []).filter(
      (p) => !p.metadata.deletionTimestamp,
    );

  it('starts at 1.26 with one IstioRevision owned by the Istio, istiod owned by the revision', async () => {
    const istio = await get(`${SAIL}/istios/default`);
    expect(statusOf(istio)).toMatchObject({
      activeRevisionName: 'default',
      revisions: { total: 1, ready: 1, inUse: 0 },
      observedGeneration: istio.metadata.generation,
      state: 'Healthy',
    });
    const rev = await get(`${SAIL}/istiorevisions/default`);
    expect(rev.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Istio', name: 'default' });
    expect(rev.metadata.finalizers).toEqual(['sailoperator.io/sail-operator']);
    expect(rev.spec).toMatchObject({
      version: 'v1.26.8',
      namespace: 'istio-system',
      values: { profile: 'ambient', global: { istioNamespace: 'istio-system' } },
    });
    expect(rev.spec?.values).not.toHaveProperty('revision');
    expect(
      ['Reconciled', 'Ready', 'DependenciesHealthy', 'InUse'].map(
        (t) => `${t}:${cond(rev, t)?.status}:${cond(rev, t)?.reason ?? ''}`,
      ),
    ).toEqual([
      'Reconciled:True:',
      'Ready:True:',
      'DependenciesHealthy:True:',
      'InUse:False:NotReferencedByAnything',
    ]);
    const istiod = await get('/apis/apps/v1/namespaces/istio-system/deployments/istiod');
    expect(istiod.metadata.ownerReferences?.[0]).toMatchObject({
      kind: 'IstioRevision',
      name: 'default',
    });
    expect(istiod.metadata.labels).toMatchObject({
      'app.kubernetes.io/version': '1.26.8',
      'helm.sh/chart': 'istiod-1.26.8',
      'app.kubernetes.io/instance': 'default-istiod',
    });
    expect(imagesOf(await pods('ztunnel'))).toEqual(
      Array(6).fill(`${REG}/istio-ztunnel-rhel9:1.26.8`),
    );
    const gw = await get(
      '/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways/waypoint',
    );
    expect(cond(gw, 'Programmed')?.status).toBe('True');
  });

  it('Istio: the revision follows, istiod rolls, Ready is False for the new generation until it has', async () => {
    const seen = history(c, 'sailoperator.io/istios', 'default');
    const r = await k.patch(`${SAIL}/istios/default`, { spec: { version: 'v1.27.9' } });
    const gen = r.body.metadata.generation as number;
    await c.settle();
    seen.stop();
    const forGen = seen.seen.filter((o) => statusOf(o as Json).observedGeneration === gen);
    expect(forGen.length).toBeGreaterThan(1);
    expect(cond(forGen[0], 'Ready')).toMatchObject({
      status: 'False',
      reason: 'IstiodNotReady',
      message: 'not all istiod pods are ready',
    });
    const istio = await get(`${SAIL}/istios/default`);
    expect(statusOf(istio).observedGeneration).toBe(gen);
    expect(cond(istio, 'Ready')?.status).toBe('True');
    expect(statusOf(istio).revisions).toMatchObject({ total: 1, ready: 1 });
    const rev = await get(`${SAIL}/istiorevisions/default`);
    expect(rev.spec?.version).toBe('v1.27.9');
    const istiod = await get('/apis/apps/v1/namespaces/istio-system/deployments/istiod');
    expect(istiod.metadata.labels?.['app.kubernetes.io/version']).toBe('1.27.9');
    expect(imagesOf(await pods('istio-system')).filter((i) => i.includes('pilot'))).toEqual([
      `${REG}/istio-pilot-rhel9:1.27.9`,
    ]);
    const wp = await get('/apis/apps/v1/namespaces/bookinfo/deployments/waypoint');
    expect(imagesOf([wp.spec?.template as Json])).toEqual([`${REG}/istio-proxyv2-rhel9:1.27.9`]);
  });

  it.each([
    ['ztunnels', 'ztunnel', 'ztunnel', 'istio-ztunnel-rhel9'],
    ['istiocnis', 'istio-cni', 'istio-cni-node', 'istio-cni-rhel9'],
  ])(
    '%s: every pod replaced by the new image, Ready False while rolling',
    async (plural, ns, ds, image) => {
      const seen = history(c, `sailoperator.io/${plural}`, 'default');
      const r = await k.patch(`${SAIL}/${plural}/default`, { spec: { version: 'v1.27.9' } });
      const gen = r.body.metadata.generation as number;
      await c.settle();
      seen.stop();
      const forGen = seen.seen.filter((o) => statusOf(o as Json).observedGeneration === gen);
      expect(cond(forGen[0], 'Ready')).toMatchObject({
        status: 'False',
        reason: 'DaemonSetNotReady',
        message: `not all ${ds} pods are ready`,
      });
      const cr = await get(`${SAIL}/${plural}/default`);
      expect(statusOf(cr)).toMatchObject({ observedGeneration: gen, state: 'Healthy' });
      expect(cond(cr, 'Ready')?.status).toBe('True');
      const running = await pods(ns);
      expect(running).toHaveLength(6);
      expect(imagesOf(running)).toEqual(Array(6).fill(`${REG}/${image}:1.27.9`));
      expect(
        running.every((p) => p.metadata.labels?.['app.kubernetes.io/version'] === '1.27.9'),
      ).toBe(true);
      expect(running.every((p) => cond(p, 'Ready')?.status === 'True')).toBe(true);
    },
  );

  it('the Istio stays Healthy with its dependencies at the new version', async () => {
    await c.settle();
    const istio = await get(`${SAIL}/istios/default`);
    expect(statusOf(istio).state).toBe('Healthy');
    expect(cond(istio, 'DependenciesHealthy')?.status).toBe('True');
  });
});
