import { buildTopology } from './model';
import { TopologyCache } from './rowCache';
import { captured, node, ns, pod, waypoint, ztunnelPod } from '../../testing/objects';
import type { TopologyInput, WorkloadRow } from './types';

const AMBIENT = { 'istio.io/dataplane-mode': 'ambient' };
const DISCOVERED = { 'istio-discovery': 'enabled' };

/** One fixture with a pod in every state the table and graph show. */
const input = (): TopologyInput => {
  const pods = [
    pod('app', 'captured', { node: 'n1', ip: '10.0.0.1', annotations: captured }),
    pod('app', 'pending', { node: 'n1', ip: '10.0.0.2' }),
    pod('app', 'excluded', { node: 'n1', labels: { 'istio.io/dataplane-mode': 'none' } }),
    pod('app', 'sidecar', { node: 'n1', annotations: { 'sidecar.istio.io/status': '{}' } }),
    pod('app', 'hostnet', { node: 'n1', hostNetwork: true }),
    pod('app', 'on-bad-node', { node: 'n2' }),
    pod('app', 'captured-bad-node', { node: 'n2', annotations: captured }),
    pod('app', 'own-wp', {
      node: 'n1',
      annotations: captured,
      labels: { 'istio.io/use-waypoint': 'wl' },
    }),
    pod('app', 'missing-wp', {
      node: 'n1',
      annotations: captured,
      labels: { 'istio.io/use-waypoint': 'gone' },
    }),
    pod('app', 'no-node'),
    pod('plain', 'not-enrolled', { node: 'n1' }),
    pod('plain', 'stray', { node: 'n1', annotations: captured }),
    pod('plain', 'opt-in', { node: 'n3', labels: AMBIENT }),
    pod('hidden', 'undiscovered', { node: 'n1', annotations: captured }),
    pod('app', 'waypoint-abc', {
      node: 'n1',
      labels: {
        'gateway.networking.k8s.io/gateway-name': 'waypoint',
        'gateway.istio.io/managed': 'istio.io-mesh-controller',
        'istio.io/dataplane-mode': 'none',
      },
    }),
    ztunnelPod('n1'),
    ztunnelPod('n2', false),
  ];
  return {
    pods,
    nodes: [node('n1'), node('n2'), node('n3', false)],
    namespaces: [
      ns('app', { ...AMBIENT, ...DISCOVERED, 'istio.io/use-waypoint': 'waypoint' }),
      ns('plain', DISCOVERED),
      ns('hidden', AMBIENT),
      ns('ztunnel', DISCOVERED),
    ],
    ztunnelPods: [ztunnelPod('n1'), ztunnelPod('n2', false)],
    gateways: [waypoint('app', 'waypoint'), waypoint('app', 'wl', 'workload')],
    services: [
      {
        metadata: {
          name: 'reviews',
          namespace: 'plain',
          labels: { 'istio.io/use-waypoint': 'wl', 'istio.io/use-waypoint-namespace': 'app' },
        },
      },
    ],
    discoverySelectors: [{ matchLabels: DISCOVERED }],
    ztunnelNamespace: 'ztunnel',
  };
};

const rowsByName = (i: TopologyInput): Record<string, WorkloadRow> =>
  Object.fromEntries(buildTopology(i).rows.map((r) => [r.name, r]));

describe('buildTopology: rows', () => {
  const rows = rowsByName(input());

  it.each([
    ['captured', 'captured', 'HBONE', []],
    ['pending', 'pending', 'TCP', ['not-captured']],
    ['excluded', 'excluded', 'TCP', []],
    ['sidecar', 'sidecar', 'TCP', ['sidecar']],
    ['hostnet', 'host-network', 'TCP', ['host-network']],
    ['on-bad-node', 'no-ztunnel', 'TCP', ['no-ztunnel']],
    ['captured-bad-node', 'captured', 'HBONE', ['no-ztunnel']],
    ['own-wp', 'captured', 'HBONE', []],
    ['missing-wp', 'captured', 'HBONE', ['waypoint']],
    ['not-enrolled', 'not-enrolled', 'TCP', []],
    ['stray', 'unexpected-capture', 'HBONE', ['unexpected-capture']],
    ['opt-in', 'no-ztunnel', 'TCP', ['no-ztunnel']],
    ['waypoint-abc', 'excluded', 'TCP', []],
  ])('%s: state %s, protocol %s, problems %j', (name, state, protocol, problems) => {
    expect(rows[name].state).toBe(state);
    expect(rows[name].protocol).toBe(protocol);
    expect(rows[name].problems).toEqual(problems);
  });

  it('lists no pod of a namespace istiod does not discover', () => {
    expect(rows.undiscovered).toBeUndefined();
  });

  it('fills address and node, and the ztunnel of the node', () => {
    expect(rows.captured).toMatchObject({ address: '10.0.0.1', node: 'n1', ztunnel: 'ready' });
    expect(rows['on-bad-node'].ztunnel).toBe('not-ready');
    expect(rows['opt-in'].ztunnel).toBe('missing');
    expect(rows['no-node']).toMatchObject({ node: '', ztunnel: 'unknown', state: 'pending' });
  });

  it('tells ztunnel and waypoint pods from workloads', () => {
    expect(rows['ztunnel-n1'].role).toBe('ztunnel');
    expect(rows['waypoint-abc'].role).toBe('waypoint');
    expect(rows.captured.role).toBe('workload');
  });

  it('follows istioctl for the workload waypoint and shows the namespace service waypoint', () => {
    // The namespace's waypoint serves services only: no workload waypoint for the pod.
    expect(rows.captured.waypoint).toMatchObject({ name: 'waypoint', state: 'wrong-traffic-type' });
    expect(rows.captured.serviceWaypoint).toEqual({
      name: 'waypoint',
      namespace: 'app',
      source: 'namespace',
      state: 'ready',
    });
    expect(rows['own-wp'].waypoint).toEqual({
      name: 'wl',
      namespace: 'app',
      source: 'pod',
      state: 'ready',
    });
    expect(rows['missing-wp'].waypoint?.state).toBe('missing');
    expect(rows['not-enrolled'].waypoint).toBeNull();
  });

  it('reports intent next to the CNI agent annotation', () => {
    expect(rows.pending).toMatchObject({ wantsAmbient: true, decidedBy: 'namespace' });
    expect(rows.pending.redirection).toBe('absent');
    expect(rows['opt-in']).toMatchObject({ wantsAmbient: true, decidedBy: 'pod' });
  });

  it('does not flag a ztunnel it cannot see', () => {
    const i = { ...input(), ztunnelPods: undefined };
    const r = rowsByName(i);
    expect(r['on-bad-node']).toMatchObject({ ztunnel: 'unknown', state: 'pending' });
    expect(buildTopology(i).ztunnelKnown).toBe(false);
  });
});

describe('buildTopology: summaries', () => {
  const model = buildTopology(input());

  it('summarises each node with its ztunnel', () => {
    const byName = Object.fromEntries(model.nodes.map((n) => [n.name, n]));
    expect(Object.keys(byName)).toEqual(['n1', 'n2', 'n3']);
    expect(byName.n1).toMatchObject({ ready: true, ztunnel: 'ready', ztunnelPod: 'ztunnel-n1' });
    expect(byName.n2).toMatchObject({ ztunnel: 'not-ready', pods: 3, captured: 1, problems: 2 });
    expect(byName.n3).toMatchObject({ ready: false, ztunnel: 'missing', pods: 1 });
    // The pod of the undiscovered namespace is not a workload ztunnel lists.
    expect(byName.n1.states.captured).toBe(3);
  });

  it('summarises namespaces with discovery and the service waypoint', () => {
    const byName = Object.fromEntries(model.namespaces.map((n) => [n.name, n]));
    expect(byName.app).toMatchObject({ mode: 'ambient', discovered: true });
    expect(byName.app.serviceWaypoint?.state).toBe('ready');
    expect(byName.hidden.discovered).toBe(false);
    expect(byName.plain).toMatchObject({ pods: 3, captured: 1, problems: 2 });
  });

  it('lists waypoints, missing ones too, with who uses them', () => {
    const byId = Object.fromEntries(model.waypoints.map((w) => [w.id, w]));
    expect(Object.keys(byId).sort()).toEqual(['app/gone', 'app/waypoint', 'app/wl']);
    expect(byId['app/waypoint']).toMatchObject({ exists: true, ready: true, namespaces: ['app'] });
    expect(byId['app/wl']).toMatchObject({
      waypointFor: 'workload',
      services: ['plain/reviews'],
      pods: ['app-own-wp'],
      workloads: 1,
    });
    expect(byId['app/gone']).toMatchObject({
      exists: false,
      ready: false,
      pods: ['app-missing-wp'],
    });
  });
});

describe('buildTopology with a cache kept between builds', () => {
  const byName = (rows: WorkloadRow[]) => Object.fromEntries(rows.map((r) => [r.name, r]));

  it('reuses the rows of unchanged pods and gives the same model as a fresh build', () => {
    const cache = new TopologyCache();
    const first = input();
    const a = byName(buildTopology(first, cache).rows);
    // one pod changes (a new object, as after a watch event), the others are the same objects
    const pods = first.pods.map((p) =>
      p.metadata?.name === 'pending'
        ? { ...p, metadata: { ...p.metadata, annotations: captured } }
        : p,
    );
    const next = { ...first, pods };
    const cached = buildTopology(next, cache);
    const b = byName(cached.rows);
    expect(b.captured).toBe(a.captured);
    expect(b.pending).not.toBe(a.pending);
    expect(b.pending.state).toBe('captured');
    expect(cached).toEqual(buildTopology(next));
  });

  it('re-derives the rows of a namespace whose object changed, and of a node whose ztunnel did', () => {
    const cache = new TopologyCache();
    const first = input();
    const a = byName(buildTopology(first, cache).rows);
    const namespaces = first.namespaces.map((n) =>
      n.metadata?.name === 'plain' ? ns('plain', { ...DISCOVERED, ...AMBIENT }) : n,
    );
    const ztunnelPods = [ztunnelPod('n1'), ztunnelPod('n2')];
    const next = { ...first, namespaces, ztunnelPods };
    const cached = buildTopology(next, cache);
    const b = byName(cached.rows);
    expect(b['not-enrolled']).not.toBe(a['not-enrolled']);
    expect(b['not-enrolled'].wantsAmbient).toBe(true);
    expect(b['on-bad-node'].ztunnel).toBe('ready');
    expect(b.captured).toBe(a.captured);
    expect(cached).toEqual(buildTopology(next));
  });

  it('starts over when an input every row depends on changes', () => {
    const cache = new TopologyCache();
    const first = input();
    const a = byName(buildTopology(first, cache).rows);
    const next = { ...first, gateways: [waypoint('app', 'waypoint')] };
    const cached = buildTopology(next, cache);
    expect(byName(cached.rows).captured).not.toBe(a.captured);
    expect(byName(cached.rows)['own-wp'].waypoint?.state).toBe('missing');
    expect(cached).toEqual(buildTopology(next));
  });
});
