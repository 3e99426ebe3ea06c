import { startCluster, type SandboxCluster } from '../index';
import { client, statusOf, type Json } from '../testing';
import type { KObj } from '../api/types';
import { cniConfigOf, pluginTakesPod, shouldBeEnabled } from './cniRules';

// The istio-cni rules and timing, from istio/istio cni/pkg (release-1.26..1.28).
const pod = (
  labels: Record<string, string>,
  o: { hostNetwork?: boolean; sidecar?: boolean; namespace?: string } = {},
): KObj => ({
  metadata: {
    name: 'p',
    namespace: o.namespace ?? 'app',
    labels,
    annotations: o.sidecar ? { 'sidecar.istio.io/status': '{}' } : {},
  },
  spec: { hostNetwork: o.hostNetwork },
});
const ns = (labels: Record<string, string>): KObj => ({ metadata: { name: 'app', labels } });
const cr = (version: string, selectors?: unknown): KObj => ({
  metadata: { name: 'default' },
  spec: { version, values: { cni: { ambient: { enablementSelectors: selectors } } } },
});
const AMB = { 'istio.io/dataplane-mode': 'ambient' };

describe('shouldBeEnabled per version', () => {
  it.each<[string, string, KObj, Record<string, string>, boolean]>([
    ['namespace label', 'v1.26.8', pod({}), AMB, true],
    ['pod none', 'v1.26.8', pod({ 'istio.io/dataplane-mode': 'none' }), AMB, false],
    ['sidecar', 'v1.27.9', pod({}, { sidecar: true }), AMB, false],
    ['hostNetwork 1.26', 'v1.26.8', pod({}, { hostNetwork: true }), AMB, false],
    ['hostNetwork 1.27', 'v1.27.9', pod({}, { hostNetwork: true }), AMB, true],
    ['hostNetwork 1.28', 'v1.28.0', pod({}, { hostNetwork: true }), AMB, true],
    ['hostNetwork after 1.28', 'v1.29.0', pod({}, { hostNetwork: true }), AMB, false],
  ])('%s (%s)', (_n, version, p, nsLabels, expected) => {
    expect(shouldBeEnabled(cniConfigOf(cr(version)), p, ns(nsLabels))).toBe(expected);
  });

  it('uses configured enablement selectors from 1.27', () => {
    const sel = [{ podSelector: { matchLabels: { mesh: 'on' } } }];
    expect(shouldBeEnabled(cniConfigOf(cr('v1.27.9', sel)), pod({ mesh: 'on' }), ns({}))).toBe(
      true,
    );
    expect(shouldBeEnabled(cniConfigOf(cr('v1.27.9', sel)), pod({}), ns(AMB))).toBe(false);
    expect(shouldBeEnabled(cniConfigOf(cr('v1.26.8', sel)), pod({}), ns(AMB))).toBe(true);
  });

  it('the CNI plugin skips kube-system and hostNetwork pods', () => {
    const cfg = cniConfigOf(cr('v1.27.9'));
    expect(pluginTakesPod(cfg, pod({}, { namespace: 'kube-system' }), ns(AMB))).toBe(false);
    expect(pluginTakesPod(cfg, pod({}, { hostNetwork: true }), ns(AMB))).toBe(false);
    expect(pluginTakesPod(cfg, pod({}), ns(AMB))).toBe(true);
  });
});

describe('CNI agent timing on the ambient scenario', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'ambient' });
    k = client(c.url);
  });
  afterAll(() => c.close());

  const create = async (name: string, node: string) => {
    await k.post('/api/v1/namespaces/bookinfo/pods', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'bookinfo' },
      spec: { nodeName: node, containers: [{ name: 'c', image: 'busybox' }] },
    });
    await c.settle();
    return (await k.get(`/api/v1/namespaces/bookinfo/pods/${name}`)).body as Json;
  };
  const mark = (p: Json) => p.metadata.annotations?.['ambient.istio.io/redirection'];
  const nodes = async () =>
    (
      (await k.get('/api/v1/nodes?labelSelector=node-role.kubernetes.io%2Fworker')).body
        .items as Json[]
    ).map((n) => n.metadata.name as string);

  it('marks a new enrolled pod before it runs', async () => {
    const [node] = await nodes();
    const p = await create('fresh', node);
    expect(statusOf(p).phase).toBe('Running');
    expect(mark(p)).toBe('enabled');
  });

  it('marks pending and keeps the pod ContainerCreating while ztunnel is down, then starts it', async () => {
    const [, node] = await nodes();
    await k.post(`/sandbox/nodes/${node}/ztunnel-ready`, { ready: false });
    await c.settle();
    const p = await create('stuck', node);
    expect(mark(p)).toBe('pending');
    const st = statusOf(p);
    expect(st.phase).toBe('Pending');
    expect(st.podIP).toBeUndefined();
    expect((st.containerStatuses as Json[])[0].state).toEqual({
      waiting: { reason: 'ContainerCreating' },
    });
    await k.post(`/sandbox/nodes/${node}/ztunnel-ready`, { ready: true });
    await c.settle();
    const after = (await k.get('/api/v1/namespaces/bookinfo/pods/stuck')).body as Json;
    expect(statusOf(after).phase).toBe('Running');
    expect(mark(after)).toBe('enabled');
  });

  it('removes the mark from a terminated pod', async () => {
    const [node] = await nodes();
    await create('job', node);
    await k.patch(
      '/api/v1/namespaces/bookinfo/pods/job/status',
      { status: { phase: 'Succeeded' } },
      'merge',
    );
    await c.settle();
    const p = (await k.get('/api/v1/namespaces/bookinfo/pods/job')).body as Json;
    expect(mark(p)).toBeUndefined();
  });
});
