import { applyLabelChanges, labelConflicts, labelManager, labelPatch } from './labelPatch';

const RV = { op: 'test', path: '/metadata/resourceVersion', value: '42' };
const obj = (labels?: Record<string, string>) => ({
  metadata: { name: 'bookinfo', resourceVersion: '42', labels },
});

describe('labelPatch', () => {
  it('guards an add of a new label with a test of the resourceVersion seen', () => {
    expect(labelPatch(obj({ team: 'a' }), { 'istio.io/dataplane-mode': 'ambient' })).toEqual([
      RV,
      { op: 'add', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' },
    ]);
  });

  it('guards a change of an existing label with the version and the value seen', () => {
    expect(
      labelPatch(obj({ 'istio.io/dataplane-mode': 'none' }), {
        'istio.io/dataplane-mode': 'ambient',
      }),
    ).toEqual([
      RV,
      { op: 'test', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'none' },
      { op: 'replace', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' },
    ]);
  });

  it('removes with a test of the current value, and does nothing for an absent label', () => {
    const withMode = obj({ 'istio.io/dataplane-mode': 'ambient' });
    expect(labelPatch(withMode, { 'istio.io/dataplane-mode': null })).toEqual([
      RV,
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
    expect(
      labelPatch(obj(undefined), { 'istio.io/dataplane-mode': 'ambient', gone: null }),
    ).toEqual([
      RV,
      { op: 'add', path: '/metadata/labels', value: { 'istio.io/dataplane-mode': 'ambient' } },
    ]);
  });

  it('has no version test for an object never read from the API', () => {
    expect(labelPatch({ metadata: { name: 'x', labels: {} } }, { a: 'b' })).toEqual([
      { op: 'add', path: '/metadata/labels/a', value: 'b' },
    ]);
  });

  it('combines several label changes in one patch, escaping ~ and /', () => {
    const ops = labelPatch(obj({ 'istio-injection': 'enabled' }), {
      'istio.io/dataplane-mode': 'ambient',
      'istio-injection': null,
      'a~b': 'c',
    });
    expect(ops.map((o) => `${o.op} ${o.path}`)).toEqual([
      'test /metadata/resourceVersion',
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

describe('labelConflicts', () => {
  const mode = 'istio.io/dataplane-mode';
  it('reports a label someone else set since the caller read it, with old and new values', () => {
    expect(labelConflicts(obj({}), obj({ [mode]: 'none' }), { [mode]: 'ambient' })).toEqual([
      { key: mode, seen: null, now: 'none', wanted: 'ambient' },
    ]);
    expect(labelConflicts(obj({ [mode]: 'ambient' }), obj({}), { [mode]: 'none' })).toEqual([
      { key: mode, seen: 'ambient', now: null, wanted: 'none' },
    ]);
  });

  it('is no conflict when the label is as seen, or already as wanted', () => {
    expect(labelConflicts(obj({}), obj({ team: 'b' }), { [mode]: 'ambient' })).toEqual([]);
    expect(labelConflicts(obj({}), obj({ [mode]: 'ambient' }), { [mode]: 'ambient' })).toEqual([]);
  });

  it('names the manager that last set the label when the server tracks field ownership', () => {
    const fresh = {
      metadata: {
        labels: { [mode]: 'none' },
        managedFields: [
          {
            manager: 'kubectl-label',
            time: '2026-01-01T00:00:00Z',
            fieldsV1: { 'f:metadata': { 'f:labels': { [`f:${mode}`]: {} } } },
          },
          {
            manager: 'argocd-controller',
            time: '2026-01-02T00:00:00Z',
            fieldsV1: { 'f:metadata': { 'f:labels': { [`f:${mode}`]: {} } } },
          },
          { manager: 'other', time: '2026-01-03T00:00:00Z', fieldsV1: { 'f:spec': {} } },
        ],
      },
    };
    expect(labelManager(fresh, mode)).toBe('argocd-controller');
    expect(labelManager(fresh, 'team')).toBeUndefined();
    expect(labelConflicts(obj({}), fresh, { [mode]: 'ambient' })[0].by).toBe('argocd-controller');
  });
});
