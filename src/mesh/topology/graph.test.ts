import { buildGraph } from './graph';
import { buildTopology } from './model';
import { rowStatus } from './graphStatus';
import {
  captured,
  generateCluster,
  node,
  ns,
  pod,
  waypoint,
  ztunnelPod,
} from '../../testing/objects';

const small = buildTopology({
  pods: [
    pod('app', 'web', { node: 'n1', annotations: captured }),
    pod('app', 'pinned', {
      node: 'n2',
      annotations: captured,
      labels: { 'istio.io/use-waypoint': 'wl' },
    }),
    pod('app', 'waiting', { node: 'n2' }),
    pod('other', 'db', { node: 'n1' }),
    ztunnelPod('n1'),
    ztunnelPod('n2', false),
  ],
  nodes: [node('n1'), node('n2'), node('idle')],
  namespaces: [
    ns('app', { 'istio.io/dataplane-mode': 'ambient', 'istio.io/use-waypoint': 'waypoint' }),
    ns('other'),
  ],
  ztunnelPods: [ztunnelPod('n1'), ztunnelPod('n2', false)],
  gateways: [waypoint('app', 'waypoint'), waypoint('app', 'wl', 'workload', false)],
  services: [
    { metadata: { name: 'reviews', namespace: 'app', labels: { 'istio.io/use-waypoint': 'wl' } } },
  ],
  discoverySelectors: [],
  ztunnelNamespace: 'ztunnel',
});

describe('buildGraph: pods one by one', () => {
  const g = buildGraph(small, small.rows);
  const byId = Object.fromEntries(g.nodes.map((n) => [n.id, n]));

  it('groups each cluster node with its ztunnel and pods, coloured by state', () => {
    expect(g.level).toBe('pods');
    expect(g.pods).toBe(4);
    expect(byId['node:n1'].children).toEqual(['ztunnel:n1', 'pod:app-web', 'pod:other-db']);
    expect(byId['node:n2'].status).toBe('danger');
    expect(byId['ztunnel:n1']).toMatchObject({ status: 'success', label: 'ztunnel-n1' });
    expect(byId['pod:app-web'].status).toBe('success');
    expect(byId['pod:app-waiting'].status).toBe('danger');
    expect(byId['pod:other-db'].status).toBe('default');
    expect(byId['node:idle']).toBeUndefined();
  });

  it('draws waypoints with edges from namespaces, services and pods', () => {
    expect(byId['waypoint:app/waypoint'].status).toBe('success');
    expect(byId['waypoint:app/wl'].status).toBe('warning');
    expect(g.edges.map((e) => `${e.source} -> ${e.target}`).sort()).toEqual([
      'namespace:app -> waypoint:app/waypoint',
      'pod:app-pinned -> waypoint:app/wl',
      'service:app/reviews -> waypoint:app/wl',
    ]);
  });

  it('places children inside their group without overlap', () => {
    const kids = (byId['node:n1'].children ?? []).map((id) => byId[id]);
    const spots = new Set(kids.map((k) => `${k.x},${k.y}`));
    expect(spots.size).toBe(kids.length);
    const group = byId['node:n1'];
    for (const k of kids) {
      expect(k.x).toBeGreaterThanOrEqual(group.x);
      expect(k.x).toBeLessThan(group.x + group.width);
    }
  });

  it('can show the nodes that host none of the visible pods', () => {
    const all = buildGraph(small, small.rows, { includeEmptyNodes: true });
    expect(all.nodes.some((n) => n.id === 'node:idle')).toBe(true);
  });
});

describe('buildGraph: aggregation', () => {
  const big = buildTopology(generateCluster({ nodes: 5, namespaces: 4, pods: 400 }));

  it('counts pods per namespace per node above the threshold, and expands on request', () => {
    const g = buildGraph(big, big.rows);
    expect(g.level).toBe('namespace');
    const aggs = g.nodes.filter((n) => n.kind === 'aggregate');
    expect(aggs.reduce((s, a) => s + (a.count ?? 0), 0)).toBe(400);
    const first = aggs[0];
    expect(first).toMatchObject({ expandable: true, namespace: 'tenant-0' });
    const expanded = buildGraph(big, big.rows, { expanded: new Set([first.id]), expandLimit: 5 });
    const inGroup = expanded.nodes.filter((n) => n.parent === first.parent);
    expect(inGroup.filter((n) => n.kind === 'pod')).toHaveLength(5);
    const more = expanded.nodes.find((n) => n.id === `${first.id}:more`);
    expect(more).toMatchObject({ count: (first.count ?? 0) - 5, expandable: false });
  });

  it('counts per status when there are too many namespace aggregates', () => {
    const g = buildGraph(big, big.rows, { maxAggregates: 3 });
    expect(g.level).toBe('state');
    const labels = new Set(g.nodes.filter((n) => n.kind === 'aggregate').map((n) => n.label));
    expect(
      [...labels].every((l) => ['success', 'warning', 'danger', 'default', 'info'].includes(l)),
    ).toBe(true);
    // a count per status has the colour of its status, and counts the node's pods of that colour
    for (const agg of g.nodes.filter((n) => n.kind === 'aggregate')) {
      expect(agg.status).toBe(agg.label);
      const node = agg.parent?.replace(/^node:/, '');
      const same = big.rows.filter(
        (r) => r.role !== 'ztunnel' && r.node === node && rowStatus(r) === agg.label,
      );
      expect(agg.count).toBe(same.length);
    }
  });

  it('draws a lone pod itself rather than a count of one', () => {
    const g = buildGraph(small, small.rows, { podThreshold: 1, maxAggregates: 100 });
    expect(g.level).toBe('namespace');
    const ids = g.nodes.map((n) => n.id);
    expect(ids).toContain('pod:app-web');
    expect(ids).toContain('pod:other-db');
    const agg = g.nodes.find((n) => n.id === 'agg:node:n2:namespace:app');
    expect(agg).toMatchObject({ kind: 'aggregate', count: 2 });
    expect(g.nodes.filter((n) => n.kind === 'aggregate' && n.count === 1)).toHaveLength(0);
  });

  it('stays small for the large scenario, and its namespaces do not make one endless column', () => {
    const large = buildTopology(generateCluster({ nodes: 100, namespaces: 500, pods: 20000 }));
    const g = buildGraph(large, large.rows);
    expect(g.level).toBe('state');
    expect(g.nodes.length).toBeLessThan(1000);
    const namespaces = g.nodes.filter((n) => n.kind === 'namespace');
    expect(namespaces.length).toBe(50);
    const height = Math.max(...namespaces.map((n) => n.y));
    const width = Math.max(...namespaces.map((n) => n.x)) - Math.min(...namespaces.map((n) => n.x));
    expect(height).toBeLessThanOrEqual(width * 2);
    const spots = new Set(g.nodes.filter((n) => !n.children).map((n) => `${n.x},${n.y}`));
    expect(spots.size).toBe(g.nodes.filter((n) => !n.children).length);
  });
});
