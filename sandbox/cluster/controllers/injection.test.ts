import type { KObj } from '../api/types';
import { startCluster, type SandboxCluster } from '../index';
import { client, type Json } from '../testing';
import { injectSidecar, nativeSidecar, selectingRevision } from './injection';

// istio/istio manifests/charts/istio-control/istio-discovery/templates/mutatingwebhook.yaml,
// files/injection-template.yaml, pkg/kube/inject (injectRequired, reorderPod, DetectNativeSidecar).

const deployed = (name: string): string => (['default', 'canary'].includes(name) ? name : '');
const pod = (labels: Record<string, string> = {}): KObj => ({
  metadata: { name: 'p', namespace: 'x', labels },
  spec: { containers: [{ name: 'app', image: 'app:1' }] },
});

describe('which webhook selects a pod', () => {
  it.each<[string, Record<string, string>, Record<string, string>, string]>([
    ['istio-injection=enabled', { 'istio-injection': 'enabled' }, {}, 'default'],
    [
      'enabled wins over istio.io/rev',
      { 'istio-injection': 'enabled', 'istio.io/rev': 'canary' },
      {},
      'default',
    ],
    [
      'inject=false opts out',
      { 'istio-injection': 'enabled' },
      { 'sidecar.istio.io/inject': 'false' },
      '',
    ],
    [
      'disabled never injects',
      { 'istio-injection': 'disabled' },
      { 'sidecar.istio.io/inject': 'true' },
      '',
    ],
    ['namespace istio.io/rev', { 'istio.io/rev': 'canary' }, {}, 'canary'],
    ['an unknown revision has no webhook', { 'istio.io/rev': 'nope' }, {}, ''],
    ['pod istio.io/rev', {}, { 'istio.io/rev': 'canary' }, 'canary'],
    ['pod inject=true', {}, { 'sidecar.istio.io/inject': 'true' }, 'default'],
    ['ambient namespace', { 'istio.io/dataplane-mode': 'ambient' }, {}, ''],
    [
      'ambient and injection: sidecar',
      { 'istio.io/dataplane-mode': 'ambient', 'istio-injection': 'enabled' },
      {},
      'default',
    ],
  ])('%s', (_, ns, labels, want) =>
    expect(selectingRevision(pod(labels), ns, deployed)).toBe(want),
  );
});

describe('what the injector adds', () => {
  it('1.26 with CNI: istio-validation, istio-proxy as a container, status and labels', () => {
    const p = injectSidecar(pod({ app: 'reviews', version: 'v2' }), {
      revision: 'default',
      tag: '1.26.8',
      cni: true,
      native: false,
    });
    expect((p.spec?.initContainers as Json[]).map((c) => c.name)).toEqual(['istio-validation']);
    const containers = p.spec?.containers as Json[];
    expect(containers.map((c) => c.name)).toEqual(['app', 'istio-proxy']);
    expect(containers[1].image).toBe(
      'registry.redhat.io/openshift-service-mesh/istio-proxyv2-rhel9:1.26.8',
    );
    expect(p.metadata.labels).toMatchObject({
      'security.istio.io/tlsMode': 'istio',
      'service.istio.io/canonical-name': 'reviews',
      'service.istio.io/canonical-revision': 'v2',
    });
    const status = JSON.parse(p.metadata.annotations?.['sidecar.istio.io/status'] ?? '{}');
    expect(Object.keys(status)).toEqual([
      'initContainers',
      'containers',
      'volumes',
      'imagePullSecrets',
      'revision',
    ]);
    expect(status).toMatchObject({
      initContainers: ['istio-validation'],
      containers: ['istio-proxy'],
      imagePullSecrets: null,
      revision: 'default',
    });
    expect(status.volumes).toContain('istio-envoy');
    expect(p.metadata.annotations).toMatchObject({
      'istio.io/rev': 'default',
      'kubectl.kubernetes.io/default-container': 'app',
    });
  });

  it('native sidecar: istio-proxy an init container with restartPolicy Always; istio-init without CNI', () => {
    const p = injectSidecar(pod(), { revision: 'r', tag: '1.27.3', cni: false, native: true });
    const init = p.spec?.initContainers as Json[];
    expect(init.map((c) => c.name)).toEqual(['istio-init', 'istio-proxy']);
    expect(init[1].restartPolicy).toBe('Always');
    expect((p.spec?.containers as Json[]).map((c) => c.name)).toEqual(['app']);
    const status = JSON.parse(p.metadata.annotations?.['sidecar.istio.io/status'] ?? '{}');
    expect(status).toMatchObject({
      initContainers: ['istio-init', 'istio-proxy'],
      containers: null,
    });
    expect(p.metadata.labels?.['service.istio.io/canonical-name']).toBe('p');
    expect(p.metadata.labels?.['service.istio.io/canonical-revision']).toBe('latest');
  });

  it('native sidecars: from 1.27 on, when every kubelet is 1.33 or later', () => {
    const node = (v: string): KObj => ({
      metadata: { name: `n${v}` },
      status: { nodeInfo: { kubeletVersion: v } },
    });
    expect(nativeSidecar(pod(), '1.27.3', [node('v1.33.1'), node('v1.34.0')])).toBe(true);
    expect(nativeSidecar(pod(), '1.27.3', [node('v1.33.1'), node('v1.32.7')])).toBe(false);
    expect(nativeSidecar(pod(), '1.26.8', [node('v1.33.1')])).toBe(false);
    const forced = pod();
    forced.metadata.annotations = { 'sidecar.istio.io/nativeSidecar': 'true' };
    expect(nativeSidecar(forced, '1.26.8', [node('v1.32.7')])).toBe(true);
  });
});

describe('the webhook at pod creation (ambient scenario)', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'ambient' });
    k = client(c.url);
  });
  afterAll(() => c.close());

  const app = (ns: string, name: string, labels: Record<string, string> = {}) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name, ...labels } },
        spec: { containers: [{ name, image: `quay.io/example/${name}:1` }] },
      },
    },
  });
  const podOf = async (ns: string, name: string): Promise<Json> => {
    const items = (await k.get(`/api/v1/namespaces/${ns}/pods?labelSelector=app%3D${name}`)).body
      .items as Json[];
    expect(items).toHaveLength(1);
    return items[0];
  };
  const injected = (p: Json) => p.metadata.annotations?.['sidecar.istio.io/status'] !== undefined;

  it('injects pods that controllers create, by namespace and pod labels', async () => {
    await k.post('/api/v1/namespaces', {
      metadata: { name: 'side', labels: { 'istio-injection': 'enabled' } },
    });
    await k.post('/api/v1/namespaces', { metadata: { name: 'plain' } });
    await k.post('/apis/apps/v1/namespaces/side/deployments', app('side', 'a'));
    await k.post(
      '/apis/apps/v1/namespaces/side/deployments',
      app('side', 'b', { 'sidecar.istio.io/inject': 'false' }),
    );
    await k.post('/apis/apps/v1/namespaces/plain/deployments', app('plain', 'c'));
    await k.post(
      '/apis/apps/v1/namespaces/plain/deployments',
      app('plain', 'd', { 'istio.io/rev': 'default' }),
    );
    await c.settle();
    const a = await podOf('side', 'a');
    expect(injected(a)).toBe(true);
    expect((a.spec?.containers as Json[]).map((x) => x.name)).toEqual(['a', 'istio-proxy']);
    expect(a.metadata.labels?.['service.istio.io/canonical-name']).toBe('a');
    expect((a.status?.containerStatuses as unknown as Json[]).map((x) => x.name)).toEqual([
      'a',
      'istio-proxy',
    ]);
    expect(injected(await podOf('side', 'b'))).toBe(false);
    expect(injected(await podOf('plain', 'c'))).toBe(false);
    expect(injected(await podOf('plain', 'd'))).toBe(true);
    // Ambient bookinfo is not injected, and sidecar pods are never captured by ztunnel.
    const bookinfo = (await k.get('/api/v1/namespaces/bookinfo/pods')).body.items as Json[];
    expect(bookinfo.some(injected)).toBe(false);
    expect(a.metadata.annotations?.['ambient.istio.io/redirection']).toBeUndefined();
  });

  it('a native sidecar runs as an init container that stays running', async () => {
    await k.post('/api/v1/namespaces/side/pods', {
      metadata: {
        name: 'native',
        labels: { app: 'native' },
        annotations: { 'sidecar.istio.io/nativeSidecar': 'true' },
      },
      spec: { containers: [{ name: 'native', image: 'quay.io/example/native:1' }] },
    });
    await c.settle();
    const p = await podOf('side', 'native');
    expect((p.spec?.initContainers as Json[]).map((x) => x.name)).toEqual([
      'istio-validation',
      'istio-proxy',
    ]);
    const init = p.status?.initContainerStatuses as unknown as Json[];
    expect(init.map((x) => [x.name, Object.keys(x.state as Json)[0], x.ready])).toEqual([
      ['istio-validation', 'terminated', true],
      ['istio-proxy', 'running', true],
    ]);
  });

  it('resolves a revision tag, and a rollout restart brings pods back without the sidecar once the label goes', async () => {
    await k.post('/apis/sailoperator.io/v1/istiorevisiontags', {
      apiVersion: 'sailoperator.io/v1',
      kind: 'IstioRevisionTag',
      metadata: { name: 'stable' },
      spec: { targetRef: { kind: 'Istio', name: 'default' } },
    });
    await k.post('/api/v1/namespaces', {
      metadata: { name: 'tagged', labels: { 'istio.io/rev': 'stable' } },
    });
    await c.settle();
    await k.post('/apis/apps/v1/namespaces/tagged/deployments', app('tagged', 'e'));
    await c.settle();
    const e = await podOf('tagged', 'e');
    expect(JSON.parse(e.metadata.annotations?.['sidecar.istio.io/status'] ?? '{}').revision).toBe(
      'default',
    );

    await k.patch('/api/v1/namespaces/tagged', {
      metadata: { labels: { 'istio.io/rev': null, 'istio.io/dataplane-mode': 'ambient' } },
    });
    await k.patch(
      '/apis/apps/v1/namespaces/tagged/deployments/e',
      {
        spec: {
          template: {
            metadata: {
              annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-01-01T00:00:00Z' },
            },
          },
        },
      },
      'strategic',
    );
    await c.settle();
    const after = await podOf('tagged', 'e');
    expect(after.metadata.name).not.toBe(e.metadata.name);
    expect(injected(after)).toBe(false);
    expect(after.metadata.annotations?.['ambient.istio.io/redirection']).toBe('enabled');
  });
});
