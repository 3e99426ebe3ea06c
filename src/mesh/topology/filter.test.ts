import { WAYPOINT_NONE, filterRows, sortRows } from './filter';
import { buildTopology } from './model';
import { captured, node, ns, pod, waypoint, ztunnelPod } from '../../testing/objects';

const model = buildTopology({
  pods: [
    pod('a', 'web-1', { node: 'n1', annotations: captured, ip: '10.0.0.9' }),
    pod('a', 'web-2', { node: 'n2', ip: '10.0.0.10' }),
    pod('b', 'db-1', { node: 'n1', ip: '10.0.0.1' }),
  ],
  nodes: [node('n1'), node('n2')],
  namespaces: [
    ns('a', { 'istio.io/dataplane-mode': 'ambient', 'istio.io/use-waypoint': 'waypoint' }),
    ns('b'),
  ],
  ztunnelPods: [ztunnelPod('n1'), ztunnelPod('n2')],
  gateways: [waypoint('a', 'waypoint')],
  discoverySelectors: [],
  ztunnelNamespace: 'ztunnel',
});
const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('filterRows', () => {
  it.each([
    [{}, ['web-1', 'web-2', 'db-1']],
    [{ namespace: 'a' }, ['web-1', 'web-2']],
    [{ node: 'n1' }, ['web-1', 'db-1']],
    [{ protocol: 'HBONE' as const }, ['web-1']],
    [{ protocol: 'TCP' as const }, ['web-2', 'db-1']],
    [{ problemsOnly: true }, ['web-2']],
    [{ waypoint: 'a/waypoint' }, ['web-1', 'web-2']],
    [{ waypoint: WAYPOINT_NONE }, ['db-1']],
    [{ search: 'WEB' }, ['web-1', 'web-2']],
    [{ search: ' db ', namespace: 'a' }, []],
  ])('%j -> %j', (filters, expected) => {
    expect(names(filterRows(model.rows, filters))).toEqual(expected);
  });

  it('hands back the rows themselves when no filter is set, a blank search included', () => {
    expect(filterRows(model.rows, {})).toBe(model.rows);
    expect(filterRows(model.rows, { search: '  ', problemsOnly: false })).toBe(model.rows);
    expect(filterRows(model.rows, { node: 'n1' })).not.toBe(model.rows);
  });
});

describe('sortRows', () => {
  it('sorts by a column in either direction, ties by namespace and name', () => {
    expect(names(sortRows(model.rows, { key: 'name', direction: 'asc' }))).toEqual([
      'db-1',
      'web-1',
      'web-2',
    ]);
    expect(names(sortRows(model.rows, { key: 'node', direction: 'desc' }))).toEqual([
      'web-2',
      'web-1',
      'db-1',
    ]);
    expect(names(sortRows(model.rows, { key: 'protocol', direction: 'asc' }))).toEqual([
      'web-1',
      'web-2',
      'db-1',
    ]);
    expect(names(sortRows(model.rows, { key: 'problems', direction: 'desc' }))[0]).toBe('web-2');
  });

  it('breaks ties as the namespace column sorts: a namespace before the longer ones it begins', () => {
    const rows = buildTopology({
      pods: [
        pod('app-1', 'a', { node: 'n1', ip: '10.0.1.1' }),
        pod('app', 'b', { node: 'n1', ip: '10.0.1.2' }),
        pod('app', 'a', { node: 'n1', ip: '10.0.1.3' }),
      ],
      nodes: [node('n1')],
      namespaces: [ns('app'), ns('app-1')],
      ztunnelPods: [ztunnelPod('n1')],
      gateways: [],
      discoverySelectors: [],
      ztunnelNamespace: 'ztunnel',
    }).rows.filter((r) => r.role === 'workload');
    const ids = (sorted: typeof rows) => sorted.map((r) => `${r.namespace}/${r.name}`);
    const expected = ['app/a', 'app/b', 'app-1/a'];
    expect(ids(sortRows(rows, { key: 'namespace', direction: 'asc' }))).toEqual(expected);
    expect(ids(sortRows(rows, { key: 'node', direction: 'asc' }))).toEqual(expected);
    expect(ids(sortRows(rows, { key: 'node', direction: 'desc' }))).toEqual(expected);
  });

  it('leaves its input alone', () => {
    const before = names(model.rows);
    sortRows(model.rows, { key: 'name', direction: 'asc' });
    expect(names(model.rows)).toEqual(before);
  });
});
