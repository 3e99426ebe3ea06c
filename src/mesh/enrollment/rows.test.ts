import type { GatewayClassKind, GatewayKind } from '../../k8s/gateway/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import { buildNamespaceRows, filterRows, groupByNamespace, sortRows } from './rows';
import { readyZtunnelNodes } from './ztunnel';

const ns = (name: string, labels: Record<string, string> = {}): NamespaceKind => ({
  metadata: { name, labels },
});
const pod = (name: string, namespace: string, captured = false): PodKind => ({
  metadata: {
    name,
    namespace,
    annotations: captured ? { 'ambient.istio.io/redirection': 'enabled' } : {},
  },
  spec: { containers: [{ name: 'c' }] },
  status: { phase: 'Running' },
});
const waypoint: GatewayKind = {
  metadata: { name: 'waypoint', namespace: 'a' },
  spec: { gatewayClassName: 'istio-waypoint', listeners: [] },
  status: { addresses: [{ value: '10.0.0.1' }] },
};

describe('buildNamespaceRows', () => {
  const namespaces = [
    ns('a', { 'istio.io/dataplane-mode': 'ambient', 'istio.io/use-waypoint': 'waypoint', d: 'y' }),
    ns('b', { 'istio-injection': 'enabled' }),
    ns('c'),
  ];
  const pods = [pod('a1', 'a', true), pod('a2', 'a'), pod('c1', 'c')];
  const rows = buildNamespaceRows(namespaces, groupByNamespace(pods), [waypoint], {
    discoverySelectors: [{ matchLabels: { d: 'y' } }],
  });

  it('computes one row per namespace', () => {
    expect(rows.map((r) => [r.name, r.discovered, r.dataPlane, r.captured, r.total])).toEqual([
      ['a', true, 'ambient', 1, 2],
      ['b', false, 'sidecar', 0, 0],
      ['c', false, 'none', 0, 1],
    ]);
    expect(rows[0].waypoint).toMatchObject({ state: 'ready', name: 'waypoint' });
    expect(rows[0].waypoints).toEqual(['waypoint']);
    expect(rows[1].sidecarInjection).toBe(true);
  });

  // istio pilot/pkg/serviceregistry/kube/controller/ambient/waypoints.go (release-1.26..1.28): a
  // GatewayClass's istio.io/waypoint-for is the default of Gateways without their own label.
  it('takes a waypoint traffic type from its GatewayClass', () => {
    const cls: GatewayClassKind = {
      metadata: { name: 'istio-waypoint', labels: { 'istio.io/waypoint-for': 'workload' } },
    };
    const [row] = buildNamespaceRows(namespaces, new Map(), [waypoint], {}, [cls]);
    expect(row.waypoint).toMatchObject({ state: 'ready', trafficType: 'workload' });
    const [plain] = buildNamespaceRows(namespaces, new Map(), [waypoint], {});
    expect(plain.waypoint).toMatchObject({ state: 'ready', trafficType: 'service' });
  });

  it('leaves discovery unknown when the selectors cannot be read', () => {
    expect(buildNamespaceRows(namespaces, new Map(), [], {})[0].discovered).toBeUndefined();
  });

  it('filters by name and data plane, and sorts', () => {
    expect(filterRows(rows, { name: 'A', dataPlane: 'all' }).map((r) => r.name)).toEqual(['a']);
    expect(filterRows(rows, { name: '', dataPlane: 'sidecar' }).map((r) => r.name)).toEqual(['b']);
    expect(sortRows(rows, { by: 'name', direction: 'desc' }).map((r) => r.name)).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(sortRows(rows, { by: 'captured', direction: 'desc' }).map((r) => r.name)).toEqual([
      'a',
      'c',
      'b',
    ]);
  });
});

describe('readyZtunnelNodes', () => {
  it('keeps nodes whose ztunnel pod is running and ready', () => {
    const zt = (node: string, ready: boolean): PodKind => ({
      metadata: { name: `zt-${node}`, namespace: 'ztunnel' },
      spec: { containers: [], nodeName: node },
      status: {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
      },
    });
    expect([...readyZtunnelNodes([zt('n1', true), zt('n2', false)])]).toEqual(['n1']);
  });
});
