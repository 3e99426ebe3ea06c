import type { GatewayKind } from '../../k8s/gateway/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import { NamespacePodIndex } from './podIndex';
import { NamespaceRowCache } from './rowCache';
import { buildNamespaceRows, groupByNamespace } from './rows';
import type { MeshFacts } from './preflight';

const ns = (name: string, labels: Record<string, string> = {}): NamespaceKind => ({
  metadata: { name, labels },
});
const pod = (name: string, namespace: string, captured = false, rv = '1'): PodKind => ({
  metadata: {
    name,
    namespace,
    resourceVersion: rv,
    annotations: captured ? { 'ambient.istio.io/redirection': 'enabled' } : {},
  },
  spec: { containers: [{ name: 'c' }] },
  status: { phase: 'Running' },
});

const NONE: PodKind[] = [];

describe('NamespaceRowCache', () => {
  const namespaces = [ns('a', { 'istio.io/dataplane-mode': 'ambient' }), ns('b'), ns('c')];
  const gateways: GatewayKind[] = [];
  const facts: MeshFacts = { discoverySelectors: [] };

  it('builds the same rows as buildNamespaceRows, and reuses those whose inputs did not change', () => {
    const pods = [pod('a1', 'a', true), pod('a2', 'a'), pod('b1', 'b')];
    const idx = new NamespacePodIndex();
    idx.apply(pods);
    const cache = new NamespaceRowCache();
    const podsOf = (n: string) => idx.podsOf(n);
    const first = cache.build(namespaces, podsOf, gateways, facts);
    expect(first).toEqual(buildNamespaceRows(namespaces, groupByNamespace(pods), gateways, facts));

    // one pod of b changes: only b's row is computed again
    const next = [pods[0], pods[1], pod('b1', 'b', true, '2')];
    idx.apply(next);
    const second = cache.build(namespaces, podsOf, gateways, facts);
    expect(second[0]).toBe(first[0]);
    expect(second[2]).toBe(first[2]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]).toMatchObject({ captured: 1, total: 1 });
    expect(second).toEqual(buildNamespaceRows(namespaces, groupByNamespace(next), gateways, facts));
  });

  it('computes a row again when its namespace object changes', () => {
    const cache = new NamespaceRowCache();
    const none = () => NONE;
    const first = cache.build(namespaces, none, gateways, facts);
    const relabelled = [namespaces[0], ns('b', { 'istio.io/dataplane-mode': 'ambient' }), ns('c')];
    const second = cache.build(relabelled, none, gateways, facts);
    expect(second[0]).toBe(first[0]);
    expect(second[1].intent).toBe('ambient');
    expect(first[1].intent).toBe('unset');
  });

  it('drops every row when the discovery selectors or the Gateways change', () => {
    const cache = new NamespaceRowCache();
    const none = () => NONE;
    const first = cache.build(namespaces, none, gateways, facts);
    const second = cache.build(namespaces, none, gateways, {
      discoverySelectors: [{ matchLabels: { 'istio.io/dataplane-mode': 'ambient' } }],
    });
    expect(second[0]).not.toBe(first[0]);
    expect(second.map((r) => r.discovered)).toEqual([true, false, false]);
    const waypoint: GatewayKind = {
      metadata: { name: 'waypoint', namespace: 'c' },
      spec: { gatewayClassName: 'istio-waypoint', listeners: [] },
    };
    const third = cache.build(namespaces, none, [waypoint], facts);
    expect(third[2].waypoints).toEqual(['waypoint']);
  });
});
