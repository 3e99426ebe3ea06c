import { type SortBy, type SortKey, sortRows } from './filter';
import { buildTopology } from './model';
import { TopologyCache } from './rowCache';
import { RowSorter } from './rowSorter';
import { generateCluster, pod } from '../../testing/objects';

const input = generateCluster({ nodes: 5, namespaces: 12, pods: 300 });
const KEYS: SortKey[] = ['namespace', 'name', 'address', 'node', 'waypoint', 'protocol', 'state'];
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('RowSorter', () => {
  it.each(
    KEYS.flatMap((key) => (['asc', 'desc'] as const).map((direction) => ({ key, direction }))),
  )('after pods are added, changed and deleted, orders as a full sort: %j', (by: SortBy) => {
    const cache = new TopologyCache();
    const sorter = new RowSorter();
    const first = buildTopology(input, cache);
    expect(ids(sorter.sort(first.rows, by))).toEqual(ids(sortRows(first.rows, by)));

    // a few pods deleted, a few relabelled (new objects), a few created
    const pods = input.pods
      .filter((_, i) => i % 37 !== 5)
      .map((p, i) =>
        i % 41 === 3 ? { ...p, metadata: { ...p.metadata, labels: { app: 'moved' } } } : p,
      );
    pods.push(pod('tenant-3', 'aaa-new', { node: 'worker-2', ip: '10.9.9.9' }));
    pods.push(pod('tenant-7', 'zzz-new', { node: 'worker-4', ip: '10.0.0.1' }));
    const next = buildTopology({ ...input, pods }, cache);
    const merged = sorter.sort(next.rows, by);
    expect(ids(merged)).toEqual(ids(sortRows(next.rows, by)));
    expect(merged).toHaveLength(next.rows.length);
  });

  it('sorts again when the column or direction changes, and reuses the result otherwise', () => {
    const rows = buildTopology(input).rows;
    const sorter = new RowSorter();
    const byName = sorter.sort(rows, { key: 'name', direction: 'asc' });
    expect(sorter.sort(rows, { key: 'name', direction: 'asc' })).toBe(byName);
    const desc = sorter.sort(rows, { key: 'name', direction: 'desc' });
    expect(ids(desc)).toEqual(ids(sortRows(rows, { key: 'name', direction: 'desc' })));
    expect(ids(desc)).not.toEqual(ids(byName));
  });

  it('merges pages of a list as they arrive (half the rows new at once)', () => {
    const rows = buildTopology(input).rows;
    const sorter = new RowSorter();
    const by: SortBy = { key: 'namespace', direction: 'asc' };
    sorter.sort(rows.slice(0, 150), by);
    expect(ids(sorter.sort(rows, by))).toEqual(ids(sortRows(rows, by)));
  });
});
