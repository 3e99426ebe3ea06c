import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { addToList, emptyList, loadList, readList, removeFromList, updateList } from './listStore';

const pod = (name: string, rv: string, extra: Record<string, string> = {}): K8sResourceCommon => ({
  metadata: {
    name,
    namespace: 'app',
    uid: `uid-${name}`,
    resourceVersion: rv,
    creationTimestamp: '2026-11-30T10:00:00Z',
    labels: extra,
  },
});
const names = (l: ReturnType<typeof emptyList>) =>
  readList(l)
    .map((o) => o.metadata?.name)
    .sort();

describe('the console-faithful list store', () => {
  it('reads back plain objects equal to what came in, not the same objects', () => {
    const a = pod('a', '1', { app: 'x' });
    const list = loadList(emptyList(), [a]);
    const [read] = readList(list);
    expect(read).toEqual(a);
    expect(read).not.toBe(a);
  });

  it('keeps an unchanged object, and the array of an unchanged list, from one read to the next', () => {
    const one = loadList(emptyList(), [pod('a', '1'), pod('b', '1')]);
    const first = readList(one);
    expect(readList(one)).toBe(first);
    const two = updateList(one, pod('b', '2', { changed: 'yes' }));
    const second = readList(two);
    expect(second).not.toBe(first);
    const a1 = first.find((o) => o.metadata?.name === 'a');
    const a2 = second.find((o) => o.metadata?.name === 'a');
    expect(a2).toBe(a1);
    expect(second.find((o) => o.metadata?.name === 'b')?.metadata?.labels).toEqual({
      changed: 'yes',
    });
  });

  it('leaves the list as it was when only the resourceVersion moved, or the event is older', () => {
    const list = loadList(emptyList(), [pod('a', '5', { app: 'x' })]);
    expect(updateList(list, pod('a', '6', { app: 'x' }))).toBe(list);
    expect(updateList(list, pod('a', '4', { app: 'y' }))).toBe(list);
    expect(updateList(list, pod('a', '6', { app: 'y' }))).not.toBe(list);
  });

  it('replaces the list with a first page, and merges later pages', () => {
    const held = loadList(emptyList(), [pod('a', '1'), pod('b', '1'), pod('c', '1')]);
    const relisted = loadList(held, [pod('a', '2')]);
    expect(names(relisted)).toEqual(['a']);
    expect(names(addToList(relisted, [pod('c', '3'), pod('d', '3')]))).toEqual(['a', 'c', 'd']);
    expect(names(removeFromList(held, pod('b', '9')))).toEqual(['a', 'c']);
  });
});
