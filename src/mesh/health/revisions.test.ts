import type { IstioKind } from '../../k8s/istio/types';
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
