import type { PodKind } from '../../k8s/pod/types';
import { NamespacePodIndex } from './podIndex';

const pod = (name: string, namespace: string, rv = '1'): PodKind => ({
  metadata: { name, namespace, resourceVersion: rv },
});
const names = (pods: PodKind[]) => pods.map((p) => p.metadata?.name);

describe('NamespacePodIndex', () => {
  const a1 = pod('a1', 'a');
  const a2 = pod('a2', 'a');
  const b1 = pod('b1', 'b');

  it('groups a first list by namespace and reports every namespace as changed', () => {
    const idx = new NamespacePodIndex();
    expect([...idx.apply([a1, b1, a2])].sort()).toEqual(['a', 'b']);
    expect(names(idx.podsOf('a'))).toEqual(['a1', 'a2']);
    expect(names(idx.podsOf('b'))).toEqual(['b1']);
    expect(idx.podsOf('c')).toEqual([]);
    expect(idx.size).toBe(3);
  });

  it('keeps the arrays of namespaces whose pods did not change', () => {
    const idx = new NamespacePodIndex();
    idx.apply([a1, a2, b1]);
    const before = idx.podsOf('a');
    const b2 = pod('b2', 'b');
    expect([...idx.apply([a1, a2, b1, b2])]).toEqual(['b']);
    expect(idx.podsOf('a')).toBe(before);
    expect(names(idx.podsOf('b'))).toEqual(['b1', 'b2']);
  });

  it('replaces a changed pod and drops a deleted one', () => {
    const idx = new NamespacePodIndex();
    idx.apply([a1, a2, b1]);
    const a1v2 = pod('a1', 'a', '2');
    expect([...idx.apply([a1v2, b1])]).toEqual(['a']);
    expect(idx.podsOf('a')).toEqual([a1v2]);
    expect([...idx.apply([a1v2])]).toEqual(['b']);
    expect(idx.podsOf('b')).toEqual([]);
    expect(idx.snapshot().has('b')).toBe(false);
    expect(idx.size).toBe(1);
  });

  it('takes an equal copy (same resourceVersion) as no change', () => {
    const idx = new NamespacePodIndex();
    idx.apply([a1, b1]);
    const before = idx.podsOf('a');
    expect(idx.apply([{ ...a1 }, { ...b1 }]).size).toBe(0);
    expect(idx.podsOf('a')).toBe(before);
    // the copy is followed: a later list with the same copy is still no change
    expect(idx.apply([a1, b1]).size).toBe(0);
  });

  it('applies a list in slices, changes seen only once the list is applied', () => {
    const idx = new NamespacePodIndex();
    idx.apply([a1, a2, b1]);
    const c1 = pod('c1', 'c');
    idx.begin([a1, b1, c1]);
    expect(idx.step(2)).toBe(false);
    expect(idx.step(2)).toBe(true);
    expect([...idx.takeChanged()].sort()).toEqual(['a', 'c']);
    expect(names(idx.podsOf('a'))).toEqual(['a1']);
    expect(names(idx.podsOf('c'))).toEqual(['c1']);
  });

  it('starts over when a new list comes before the last one was applied', () => {
    const idx = new NamespacePodIndex();
    idx.begin([a1, a2, b1]);
    idx.step(1);
    idx.begin([b1]);
    expect(idx.step(10)).toBe(true);
    idx.takeChanged();
    expect(idx.podsOf('a')).toEqual([]);
    expect(names(idx.podsOf('b'))).toEqual(['b1']);
  });
});
