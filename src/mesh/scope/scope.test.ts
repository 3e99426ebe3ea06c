import { MAX_NAMESPACE_WATCHES, readScope, scopedNamespaces } from './scope';

describe('readScope', () => {
  it.each([
    ['may list cluster-wide', true, ['a', 'b'], { kind: 'cluster' }],
    ['one project', false, ['bookinfo'], { kind: 'namespaces', namespaces: ['bookinfo'] }],
    ['no project', false, [], { kind: 'namespaces', namespaces: [] }],
    [
      'sorted, without repeats',
      false,
      ['b', 'a', 'b'],
      { kind: 'namespaces', namespaces: ['a', 'b'] },
    ],
  ])('%s', (_name, clusterWide, visible, expected) => {
    expect(readScope({ clusterWide, visible })).toEqual(expected);
  });

  it('asks the user to pick beyond the bound, and watches exactly up to it', () => {
    const names = Array.from({ length: MAX_NAMESPACE_WATCHES + 1 }, (_, i) => `ns-${i + 10}`);
    expect(readScope({ clusterWide: false, visible: names })).toEqual({
      kind: 'pick',
      namespaces: names,
      max: MAX_NAMESPACE_WATCHES,
    });
    const atBound = readScope({ clusterWide: false, visible: names.slice(1) });
    expect(scopedNamespaces(atBound)).toHaveLength(MAX_NAMESPACE_WATCHES);
    expect(scopedNamespaces(readScope({ clusterWide: false, visible: names }))).toEqual([]);
  });
});
