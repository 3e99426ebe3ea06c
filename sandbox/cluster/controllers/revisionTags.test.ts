import type { KObj } from '../api/types';
import { startCluster, type SandboxCluster } from '../index';
import { client, statusOf, type Json } from '../testing';
import {
  istioServing,
  revisionFromNamespace,
  revisionFromPod,
  revisionReferenced,
  tagStatus,
} from './revisionTags';

// sail-operator pkg/revision/references.go, controllers/istiorevision isRevisionReferenced,
// controllers/istiorevisiontag determineStatus (main); istio/istio pkg/revisions/tag_watcher.go.
const ready = [{ type: 'Ready', status: 'True' }];
const mesh: KObj = {
  metadata: { name: 'mesh' },
  spec: { namespace: 'istio-cp', version: 'v1.30.3', updateStrategy: { type: 'RevisionBased' } },
  status: { conditions: ready, activeRevisionName: 'mesh-v1-30-3' },
};
const meshRev: KObj = {
  metadata: { name: 'mesh-v1-30-3' },
  spec: { namespace: 'istio-cp', version: 'v1.30.3' },
  status: { conditions: ready },
};
const tag = (name: string, targetRef: Record<string, string>) => ({
  metadata: { name },
  spec: { targetRef },
});
const ns = (name: string, labels: Record<string, string> = {}) => ({
  metadata: { name, labels },
});
const pod = (namespace: string, labels = {}, annotations = {}, phase = 'Running') => ({
  metadata: { name: 'p', namespace, labels, annotations },
  status: { phase },
});

describe('references', () => {
  it.each<[Record<string, string>, string]>([
    [{ 'istio-injection': 'enabled', 'istio.io/rev': 'x' }, 'default'],
    [{ 'istio.io/rev': 'x' }, 'x'],
    [{ 'istio.io/dataplane-mode': 'ambient' }, ''],
  ])('namespace %j -> %j', (labels, rev) => expect(revisionFromNamespace(labels)).toBe(rev));
  it.each<[Record<string, string>, string]>([
    [{ 'sidecar.istio.io/inject': 'true' }, 'default'],
    [{ 'sidecar.istio.io/inject': 'false', 'istio.io/rev': 'x' }, ''],
    [{ 'istio.io/rev': 'x' }, 'x'],
  ])('pod %j -> %j', (labels, rev) => expect(revisionFromPod(labels)).toBe(rev));

  it('counts a tag, a namespace or a pod as use; ambient enrollment and completed pods not', () => {
    const none = { namespaces: [ns('a', { 'istio.io/dataplane-mode': 'ambient' })], pods: [] };
    expect(revisionReferenced('mesh-v1-30-3', [], none)).toBe(false);
    const tagged = { ...tag('default', {}), status: { istioRevision: 'mesh-v1-30-3' } };
    expect(revisionReferenced('mesh-v1-30-3', [tagged], none)).toBe(true);
    const done = {
      namespaces: [ns('a')],
      pods: [pod('a', { 'istio.io/rev': 'm' }, {}, 'Succeeded')],
    };
    expect(revisionReferenced('m', [], done)).toBe(false);
    const running = { namespaces: [ns('a')], pods: [pod('a', { 'istio.io/rev': 'm' })] };
    expect(revisionReferenced('m', [], running)).toBe(true);
    const labelled = { namespaces: [ns('a', { 'istio.io/rev': 'o' })], pods: running.pods };
    expect(revisionReferenced('m', [], labelled)).toBe(false);
  });
});

describe('tagStatus', () => {
  const usage = { namespaces: [ns('a', { 'istio-injection': 'enabled' })], pods: [] };
  it('resolves an Istio to its active revision, in use through istio-injection=enabled', () => {
    const st = tagStatus(tag('default', { kind: 'Istio', name: 'mesh' }), [mesh], [meshRev], usage);
    expect(st).toMatchObject({
      istioRevision: 'mesh-v1-30-3',
      istiodNamespace: 'istio-cp',
      state: 'Healthy',
    });
    expect(st.conditions.map((c) => `${c.type}:${c.status}:${c.reason ?? ''}`)).toEqual([
      'Reconciled:True:',
      'InUse:True:ReferencedByWorkloads',
    ]);
  });
  it.each<[string, Record<string, string>, string]>([
    ['default', { kind: 'Istio', name: 'gone' }, 'RefNotFound'],
    ['default', { kind: 'IstioRevision', name: 'gone' }, 'RefNotFound'],
    ['mesh-v1-30-3', { kind: 'Istio', name: 'mesh' }, 'NameAlreadyExists'],
    ['default', { kind: 'Gateway', name: 'mesh' }, 'ReconcileError'],
  ])('%s -> %j fails with %s', (name, ref, reason) => {
    const st = tagStatus(tag(name, ref), [mesh], [meshRev], { namespaces: [], pods: [] });
    expect(st.conditions[0]).toMatchObject({ type: 'Reconciled', status: 'False', reason });
    expect(st.state).toBe(reason);
    expect(st.istioRevision).toBe('');
  });
  it('resolves an IstioRevision by name to its namespace', () => {
    const ref = { kind: 'IstioRevision', name: 'mesh-v1-30-3' };
    const st = tagStatus(tag('prod', ref), [], [meshRev], usage);
    expect(st).toMatchObject({ istioRevision: 'mesh-v1-30-3', istiodNamespace: 'istio-cp' });
  });
  it('is NotReferencedByAnything when nothing names it', () => {
    const st = tagStatus(tag('prod', { kind: 'Istio', name: 'mesh' }), [mesh], [meshRev], usage);
    expect(st.state).toBe('NotReferencedByAnything');
  });
});

describe('istioServing', () => {
  const resolved: KObj = {
    ...tag('default', { kind: 'Istio', name: 'mesh' }),
    status: { istioRevision: 'mesh-v1-30-3', conditions: [{ type: 'Reconciled', status: 'True' }] },
  };
  it.each<[string, KObj[], string | undefined]>([
    ['', [], undefined],
    ['', [resolved], 'mesh'],
    ['mesh-v1-30-3', [], 'mesh'],
    ['default', [resolved], 'mesh'],
    ['other', [resolved], undefined],
  ])('%j with %j tags -> %s', (rev, tags, istio) => {
    const revision: KObj = {
      metadata: { name: 'mesh-v1-30-3', ownerReferences: [] },
      spec: { namespace: 'istio-cp' },
      status: { conditions: ready },
    };
    const served = istioServing(rev, [revision], tags);
    expect(served && istio).toBe(istio);
    if (istio) expect(served?.metadata.name).toBe('mesh-v1-30-3');
  });
});

const cond = (o: Json, type: string): Record<string, unknown> =>
  ((statusOf(o).conditions as Record<string, unknown>[]) ?? []).find((c) => c.type === type) ?? {};

describe('sail-next: a default tag for a RevisionBased Istio', () => {
  let c: SandboxCluster;
  let k: ReturnType<typeof client>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'sail-next' });
    k = client(c.url);
  });
  afterAll(() => c.close());

  it('resolves, counts use, and hands unlabelled waypoints to the tagged revision', async () => {
    for (const name of ['istio-cp', 'istio-cni', 'ztunnel'])
      await k.post('/api/v1/namespaces', { metadata: { name } });
    await k.post('/apis/sailoperator.io/v1/istios', {
      apiVersion: 'sailoperator.io/v1',
      kind: 'Istio',
      metadata: { name: 'mesh' },
      spec: {
        namespace: 'istio-cp',
        version: 'v1.30.3',
        profile: 'ambient',
        updateStrategy: { type: 'RevisionBased' },
      },
    });
    await c.settle();
    const gw = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'waypoint', namespace: 'bookinfo' },
      spec: {
        gatewayClassName: 'istio-waypoint',
        listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
      },
    };
    await k.post('/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways', gw);
    await c.settle();
    const gwPath = '/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways/waypoint';
    expect(statusOf((await k.get(gwPath)).body).addresses).toBeUndefined();
    let istio = (await k.get('/apis/sailoperator.io/v1/istios/mesh')).body;
    expect(statusOf(istio).revisions).toMatchObject({ inUse: 0 });

    await k.post('/apis/sailoperator.io/v1/istiorevisiontags', {
      apiVersion: 'sailoperator.io/v1',
      kind: 'IstioRevisionTag',
      metadata: { name: 'default' },
      spec: { targetRef: { kind: 'Istio', name: 'mesh' } },
    });
    await c.settle();
    const t = (await k.get('/apis/sailoperator.io/v1/istiorevisiontags/default')).body;
    expect(statusOf(t)).toMatchObject({
      istioRevision: 'mesh-v1-30-3',
      istiodNamespace: 'istio-cp',
      state: 'NotReferencedByAnything',
    });
    expect(cond(t, 'Reconciled').status).toBe('True');
    istio = (await k.get('/apis/sailoperator.io/v1/istios/mesh')).body;
    expect(statusOf(istio).revisions).toMatchObject({ inUse: 1 });
    expect(statusOf((await k.get(gwPath)).body).addresses).toHaveLength(2);

    await k.patch('/api/v1/namespaces/bookinfo', {
      metadata: { labels: { 'istio-injection': 'enabled' } },
    });
    await c.settle();
    const used = (await k.get('/apis/sailoperator.io/v1/istiorevisiontags/default')).body;
    expect(cond(used, 'InUse')).toMatchObject({ status: 'True', reason: 'ReferencedByWorkloads' });
    expect(statusOf(used).state).toBe('Healthy');

    // sail-operator main ztunnel_controller.go: status.istioRevision from the targetRef.
    await k.post('/apis/sailoperator.io/v1/ztunnels', {
      apiVersion: 'sailoperator.io/v1',
      kind: 'ZTunnel',
      metadata: { name: 'default' },
      spec: {
        namespace: 'ztunnel',
        version: 'v1.30.3',
        targetRef: { kind: 'Istio', name: 'mesh' },
      },
    });
    await c.settle();
    const zt = (await k.get('/apis/sailoperator.io/v1/ztunnels/default')).body;
    expect(statusOf(zt).istioRevision).toBe('mesh-v1-30-3');
  });
});
