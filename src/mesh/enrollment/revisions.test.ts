import type { IstioKind } from '../../k8s/istio/types';
import { activeRevisionName, istioRevisions } from './revisions';

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
});
