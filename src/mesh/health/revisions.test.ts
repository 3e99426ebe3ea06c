import type { IstioKind } from '../../k8s/istio/types';
import type { IstioRevisionKind } from '../../k8s/istiorevision/types';
import type { IstioRevisionTagKind } from '../../k8s/istiorevisiontag/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import { namespaceRevisionRef, podRevisionRef, revisionRows } from './revisions';

// Cases from sail-operator pkg/revision/references.go and controllers/istiorevision
// isRevisionReferenced (main).
const ns = (name: string, labels: Record<string, string> = {}): NamespaceKind => ({
  metadata: { name, labels },
});
const pod = (
  namespace: string,
  labels: Record<string, string> = {},
  annotations: Record<string, string> = {},
  phase: NonNullable<PodKind['status']>['phase'] = 'Running',
): PodKind => ({
  metadata: { name: `p-${Math.random()}`, namespace, labels, annotations },
  status: { phase },
});
const istio = (name: string, active: string, inUse?: number): IstioKind => ({
  metadata: { name },
  spec: { namespace: 'istio-system', version: 'v1.27.9' },
  status: { activeRevisionName: active, revisions: inUse === undefined ? undefined : { inUse } },
});
const tag = (name: string, revision: string, inUse = false): IstioRevisionTagKind => ({
  metadata: { name },
  spec: { targetRef: { kind: 'Istio', name: 'mesh' } },
  status: {
    istioRevision: revision,
    istiodNamespace: 'istio-system',
    conditions: [
      { type: 'Reconciled', status: 'True' },
      { type: 'InUse', status: inUse ? 'True' : 'False' },
    ],
  },
});

describe('namespaceRevisionRef / podRevisionRef', () => {
  it.each<[Record<string, string>, string]>([
    [{}, ''],
    [{ 'istio-injection': 'enabled' }, 'default'],
    [{ 'istio-injection': 'enabled', 'istio.io/rev': 'canary' }, 'default'],
    [{ 'istio-injection': 'disabled', 'istio.io/rev': 'canary' }, 'canary'],
    [{ 'istio.io/rev': 'canary' }, 'canary'],
    [{ 'istio.io/dataplane-mode': 'ambient' }, ''],
  ])('namespace %j -> %j', (labels, expected) =>
    expect(namespaceRevisionRef(ns('a', labels))).toBe(expected),
  );
  it.each<[Record<string, string>, string]>([
    [{}, ''],
    [{ 'sidecar.istio.io/inject': 'true' }, 'default'],
    [{ 'sidecar.istio.io/inject': 'true', 'istio.io/rev': 'canary' }, 'canary'],
    [{ 'sidecar.istio.io/inject': 'false', 'istio.io/rev': 'canary' }, ''],
    [{ 'istio.io/rev': 'canary' }, 'canary'],
  ])('pod %j -> %j', (labels, expected) => expect(podRevisionRef(pod('a', labels))).toBe(expected));
});

describe('revisionRows', () => {
  it('counts a tag resolving to the revision as use, and what uses the tag', () => {
    const rows = revisionRows(
      [istio('mesh', 'mesh-v1-27-9', 1)],
      [tag('default', 'mesh-v1-27-9', true)],
      [ns('a', { 'istio-injection': 'enabled' }), ns('b')],
      [pod('b', { 'sidecar.istio.io/inject': 'true' })],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        revision: 'mesh-v1-27-9',
        inUse: true,
        reportedInUse: 1,
        isDefault: true,
        use: { namespaces: [], pods: 0 },
        tags: [
          {
            name: 'default',
            reconciled: true,
            inUse: true,
            use: { namespaces: ['a'], pods: 1 },
          },
        ],
      }),
    ]);
  });

  it('does not count ambient enrollment, completed pods, or pods of a labelled namespace', () => {
    const [row] = revisionRows(
      [istio('mesh', 'mesh')],
      [],
      [ns('amb', { 'istio.io/dataplane-mode': 'ambient' }), ns('other', { 'istio.io/rev': 'x' })],
      [
        pod('amb', { 'istio.io/rev': 'mesh' }, {}, 'Succeeded'),
        pod('other', { 'istio.io/rev': 'mesh' }),
      ],
    );
    expect(row.inUse).toBe(false);
    expect(row.isDefault).toBe(false);
  });

  it('counts a pod injected by the revision in any namespace, and a pod naming it', () => {
    const [row] = revisionRows(
      [istio('mesh', 'mesh')],
      [],
      [ns('other', { 'istio.io/rev': 'x' }), ns('free')],
      [pod('other', {}, { 'istio.io/rev': 'mesh' }), pod('free', { 'istio.io/rev': 'mesh' })],
    );
    expect(row.use).toEqual({ namespaces: [], pods: 2 });
    expect(row.inUse).toBe(true);
  });
});

describe('revisionRows: an Istio older revisions (RevisionBased)', () => {
  const owned = (name: string, owner: string, inUse?: boolean): IstioRevisionKind => ({
    metadata: {
      name,
      ownerReferences: [
        { apiVersion: 'sailoperator.io/v1', kind: 'Istio', name: 'mesh', uid: owner },
      ],
    },
    spec: { version: 'v1.26.8', namespace: 'istio-system' },
    status: {
      conditions:
        inUse === undefined ? [] : [{ type: 'InUse', status: inUse ? 'True' : 'False' } as const],
    },
  });
  const mesh: IstioKind = {
    ...istio('mesh', 'mesh-v1-27-9'),
    metadata: { name: 'mesh', uid: 'u1' },
  };

  it('lists the active revision first, then each older revision it owns with what still uses it', () => {
    const rows = revisionRows(
      [mesh],
      [tag('default', 'mesh-v1-27-9')],
      [ns('legacy', { 'istio.io/rev': 'mesh-v1-26-8' }), ns('apps')],
      [pod('apps', {}, { 'istio.io/rev': 'mesh-v1-26-8' })],
      [
        owned('mesh-v1-27-9', 'u1', true),
        owned('mesh-v1-26-8', 'u1', true),
        owned('other-v1-26-8', 'u2', false),
      ],
    );
    expect(rows.map((r) => [r.revision, r.active])).toEqual([
      ['mesh-v1-27-9', true],
      ['mesh-v1-26-8', false],
    ]);
    expect(rows[1]).toMatchObject({
      istio: 'mesh',
      inUse: true,
      use: { namespaces: ['legacy'], pods: 1 },
      tags: [],
      isDefault: false,
    });
    expect(rows[0].tags.map((t) => t.name)).toEqual(['default']);
  });

  it('takes the operator InUse of an older revision, and computes it when not written', () => {
    const rows = revisionRows(
      [mesh],
      [],
      [ns('apps')],
      [],
      [owned('mesh-v1-26-8', 'u1', false), owned('mesh-v1-25-2', 'u1')],
    );
    expect(rows.slice(1).map((r) => [r.revision, r.inUse])).toEqual([
      ['mesh-v1-25-2', false],
      ['mesh-v1-26-8', false],
    ]);
    const pinned = revisionRows(
      [mesh],
      [],
      [ns('legacy', { 'istio.io/rev': 'mesh-v1-25-2' })],
      [],
      [owned('mesh-v1-25-2', 'u1')],
    );
    expect(pinned[1]).toMatchObject({ revision: 'mesh-v1-25-2', inUse: true });
  });
});
