import { adoptPatch, deepEqual, immutableConflicts, setFieldsPatch } from './adopt';

describe('setFieldsPatch', () => {
  it('adds missing subtrees, replaces differing leaves, keeps the rest', () => {
    const existing = {
      spec: { version: 'v1.26.0', namespace: 'istio-system', values: { pilot: { x: 1 } } },
    };
    const desired = {
      spec: {
        version: 'v1.26.8',
        namespace: 'istio-system',
        values: { pilot: { trustedZtunnelNamespace: 'ztunnel' }, meshConfig: { a: [1] } },
      },
    };
    expect(setFieldsPatch(existing, desired)).toEqual([
      { op: 'replace', path: '/spec/version', value: 'v1.26.8' },
      { op: 'add', path: '/spec/values/pilot/trustedZtunnelNamespace', value: 'ztunnel' },
      { op: 'add', path: '/spec/values/meshConfig', value: { a: [1] } },
    ]);
  });

  it('is empty when nothing differs', () => {
    const o = { spec: { a: [{ b: 1 }], c: { d: 'e' } } };
    expect(setFieldsPatch(o, JSON.parse(JSON.stringify(o)))).toEqual([]);
  });

  it('escapes label keys', () => {
    const ops = adoptPatch({ metadata: {} }, { labels: { 'istio.io/rev': 'x' } });
    expect(ops).toEqual([{ op: 'add', path: '/metadata/labels', value: { 'istio.io/rev': 'x' } }]);
    const more = adoptPatch(
      { metadata: { labels: { a: 'b' } } },
      { labels: { 'istio.io/rev': 'x' } },
    );
    expect(more).toEqual([{ op: 'add', path: '/metadata/labels/istio.io~1rev', value: 'x' }]);
  });
});

describe('deepEqual and immutableConflicts', () => {
  it('compares structurally', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: [1] }, { a: [1, 2] })).toBe(false);
    expect(deepEqual({ a: 1 }, { b: 1 })).toBe(false);
  });

  it('reports a changed namespace', () => {
    expect(immutableConflicts({ spec: { namespace: 'a' } }, { spec: { namespace: 'b' } })).toEqual([
      'spec.namespace',
    ]);
    expect(immutableConflicts({ spec: { namespace: 'a' } }, { spec: { namespace: 'a' } })).toEqual(
      [],
    );
  });
});
