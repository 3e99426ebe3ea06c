import type { IstioKind } from '../../k8s/istio/types';
import type { IstioRevisionTagKind } from '../../k8s/istiorevisiontag/types';
import { activeRevisionName, istioRevisions, servingRevision, waypointRevision } from './revisions';

// sail-operator controllers/istiorevisiontag: status.istioRevision once Reconciled=True.
const tag = (name: string, revision?: string, reconciled = true): IstioRevisionTagKind => ({
  metadata: { name },
  spec: { targetRef: { kind: 'Istio', name: 'mesh' } },
  status: {
    istioRevision: revision ?? '',
    istiodNamespace: 'istio-system',
    conditions: [{ type: 'Reconciled', status: reconciled ? 'True' : 'False' }],
  },
});

// Cases from sail-operator getActiveRevisionName (release-1.26, release-1.27, main).
const istio = (name: string, type?: 'InPlace' | 'RevisionBased', active?: string): IstioKind => ({
  metadata: { name },
  spec: { version: 'v1.27.9', updateStrategy: type ? { type } : undefined },
  status: active ? { activeRevisionName: active } : undefined,
});

describe('activeRevisionName', () => {
  it.each<[IstioKind, string]>([
    [istio('default'), 'default'],
    [istio('default', 'InPlace'), 'default'],
    [istio('prod', 'InPlace'), 'prod'],
    [istio('default', 'RevisionBased'), 'default-v1-27-9'],
    [istio('default', 'RevisionBased', 'default-v1-26-8'), 'default-v1-26-8'],
  ])('%j -> %s', (i, expected) => expect(activeRevisionName(i)).toBe(expected));

  it('lists one revision per Istio; unknown when tags may exist', () => {
    expect(istioRevisions([istio('default'), istio('canary', 'InPlace')])).toEqual([
      'default',
      'canary',
    ]);
    expect(istioRevisions([istio('default', 'RevisionBased')])).toBeUndefined();
  });

  it('knows the revisions of a RevisionBased Istio once its tags are known', () => {
    const mesh = istio('mesh', 'RevisionBased', 'mesh-v1-27-9');
    expect(istioRevisions([mesh], [])).toEqual(['mesh-v1-27-9']);
    expect(
      istioRevisions([mesh], [tag('default', 'mesh-v1-27-9'), tag('broken', '', false)]),
    ).toEqual(['mesh-v1-27-9', 'default']);
  });
});

// istio/istio pkg/revisions/tag_watcher.go: a Gateway without istio.io/rev goes to the default revision.
describe('waypointRevision', () => {
  const gw = (name: string, spec: IstioKind['spec'] = {}, deleting = false): IstioKind => ({
    metadata: { name, ...(deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) },
    spec,
  });
  it.each<[string, IstioKind[], string | undefined]>([
    ['no Istio', [], undefined],
    ['the default revision', [gw('default')], undefined],
    ['a named InPlace Istio', [gw('mesh')], 'mesh'],
    [
      'a RevisionBased Istio',
      [gw('default', { version: 'v1.27.3', updateStrategy: { type: 'RevisionBased' } })],
      'default-v1-27-3',
    ],
    ['a default revision next to another', [gw('mesh'), gw('default')], undefined],
    ['a default Istio being deleted', [gw('default', {}, true), gw('mesh')], 'mesh'],
  ])('labels a waypoint for %s', (_what, istios, revision) => {
    expect(waypointRevision(istios)).toBe(revision);
  });

  it.each<[string, IstioRevisionTagKind[], string | undefined]>([
    ['a default tag resolving to the Istio', [tag('default', 'mesh')], undefined],
    ['a default tag not reconciled yet', [tag('default', 'mesh', false)], 'mesh'],
    ['a default tag resolving elsewhere', [tag('default', 'gone')], 'mesh'],
    ['only a named tag', [tag('prod', 'mesh')], 'mesh'],
  ])('with %s', (_what, tags, revision) => {
    expect(waypointRevision([gw('mesh')], tags)).toBe(revision);
  });
});

// istio/istio pkg/revisions/tag_watcher.go: istiod serves its revision and the tags pointing at it.
describe('servingRevision', () => {
  it.each<[string | undefined, IstioRevisionTagKind[], string]>([
    [undefined, [], 'default'],
    ['', [tag('default', 'mesh-v1-27-9')], 'mesh-v1-27-9'],
    ['prod', [tag('prod', 'mesh')], 'mesh'],
    ['mesh', [tag('default', 'other')], 'mesh'],
    ['prod', [tag('prod', 'mesh', false)], 'prod'],
  ])('%j with %j -> %s', (rev, tags, expected) => {
    expect(servingRevision(rev, tags)).toBe(expected);
  });
});
