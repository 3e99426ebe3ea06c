import { applyLabelChanges, isWholeMapPatch, labelPatch } from './labelPatch';

const obj = (labels?: Record<string, string>) => ({
  metadata: { name: 'bookinfo', resourceVersion: '42', labels },
});

describe('labelPatch', () => {
  it('adds a new label with one add op on that key only', () => {
    expect(labelPatch(obj({ team: 'a' }), { 'istio.io/dataplane-mode': 'ambient' })).toEqual([
      { op: 'add', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' },
    ]);
  });

  it('guards a change of an existing label with a test of the value seen', () => {
    expect(
      labelPatch(obj({ 'istio.io/dataplane-mode': 'none' }), {
        'istio.io/dataplane-mode': 'ambient',
      }),
    ).toEqual([
      { op: 'test', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'none' },
      { op: 'replace', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' },
    ]);
  });

  it('removes with a test of the current value, and does nothing for an absent label', () => {
    const withMode = obj({ 'istio.io/dataplane-mode': 'ambient' });
    expect(labelPatch(withMode, { 'istio.io/dataplane-mode': null })).toEqual([
      { op: 'test', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' },
      { op: 'remove', path: '/metadata/labels/istio.io~1dataplane-mode' },
    ]);
    expect(labelPatch(obj({}), { 'istio.io/dataplane-mode': null })).toEqual([]);
  });

  it('writes nothing when the label already has the value', () => {
    expect(
      labelPatch(obj({ 'istio.io/dataplane-mode': 'ambient' }), {
        'istio.io/dataplane-mode': 'ambient',
      }),
    ).toEqual([]);
  });

  it('adds the whole map, guarded by the resourceVersion, when the object has no labels', () => {
    const ops = labelPatch(obj(undefined), { 'istio.io/dataplane-mode': 'ambient', gone: null });
    expect(ops).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '42' },
      { op: 'add', path: '/metadata/labels', value: { 'istio.io/dataplane-mode': 'ambient' } },
    ]);
    expect(isWholeMapPatch(ops)).toBe(true);
    expect(labelPatch(obj(undefined), { x: 'y' }, true)).toEqual([
      { op: 'add', path: '/metadata/labels/x', value: 'y' },
    ]);
  });

  it('combines several label changes in one patch, escaping ~ and /', () => {
    const ops = labelPatch(obj({ 'istio-injection': 'enabled' }), {
      'istio.io/dataplane-mode': 'ambient',
      'istio-injection': null,
      'a~b': 'c',
    });
    expect(ops.map((o) => `${o.op} ${o.path}`)).toEqual([
      'add /metadata/labels/istio.io~1dataplane-mode',
      'test /metadata/labels/istio-injection',
      'remove /metadata/labels/istio-injection',
      'add /metadata/labels/a~0b',
    ]);
  });

  it('applies changes for optimistic display', () => {
    expect(applyLabelChanges({ a: '1', b: '2' }, { a: null, c: '3' })).toEqual({ b: '2', c: '3' });
  });
});
