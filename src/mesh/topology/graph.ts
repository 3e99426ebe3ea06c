import { blank, chooseLevel, childrenOf } from './graphChildren';
import {
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type GraphOptions,
  UNSCHEDULED,
} from './graphTypes';
import { layoutGraph } from './graphLayout';
import { waypointStatus, ztunnelStatus } from './graphStatus';
import type { NodeSummary, TopologyModel, WorkloadRow } from './types';

/**
 * The graph of the visible rows: cluster nodes as groups holding their ztunnel and pods,
 * waypoints with edges from the namespaces, services and pods that use them. Above a
 * threshold, pods are counted per namespace (or per status) on each node.
 */
export const buildGraph = (
  model: TopologyModel,
  rows: WorkloadRow[],
  opts: GraphOptions = {},
): GraphData => {
  const o = { podThreshold: 300, maxAggregates: 400, expandLimit: 200, ...opts };
  const pods = rows.filter((r) => r.role !== 'ztunnel');
  const level = chooseLevel(pods, o.podThreshold, o.maxAggregates);
  const byNode = new Map<string, WorkloadRow[]>();
  if (o.includeEmptyNodes) for (const n of model.nodes) byNode.set(n.name, []);
  for (const r of pods) {
    const key = r.node || UNSCHEDULED;
    const list = byNode.get(key);
    if (list) list.push(r);
    else byNode.set(key, [r]);
  }
  const summaries = new Map<string, NodeSummary>(model.nodes.map((n) => [n.name, n]));
  const rowNode = new Map<string, string>();
  const groups = [...byNode.keys()].sort().map((name) => {
    const id = `node:${name}`;
    const summary = summaries.get(name);
    const children = childrenOf(id, byNode.get(name) ?? [], level, o, rowNode);
    if (name !== UNSCHEDULED) {
      children.unshift({
        ...blank,
        id: `ztunnel:${name}`,
        kind: 'ztunnel',
        label: summary?.ztunnelPod ?? 'ztunnel',
        status: ztunnelStatus(summary),
        parent: id,
      });
    }
    const group: GraphNode = {
      ...blank,
      id,
      kind: 'cluster-node',
      label: name,
      status: ztunnelStatus(summary),
      children: children.map((c) => c.id),
    };
    return { group, children };
  });

  const visibleNs = new Set(pods.map((r) => r.namespace));
  const edges = new Map<string, GraphEdge>();
  const edge = (source: string, target: string) =>
    edges.set(`${source}->${target}`, { id: `edge:${source}->${target}`, source, target });
  const nsNodes = new Map<string, GraphNode>();
  const svcNodes: GraphNode[] = [];
  const wpNodes: GraphNode[] = [];
  for (const w of model.waypoints) {
    const id = `waypoint:${w.id}`;
    const users = w.namespaces.filter((n) => visibleNs.has(n));
    const services = w.services.filter((s) => visibleNs.has(s.split('/')[0]));
    const podSources = new Set(w.pods.flatMap((rid) => rowNode.get(rid) ?? []));
    if (!users.length && !services.length && !podSources.size && !visibleNs.has(w.namespace)) {
      continue;
    }
    wpNodes.push({
      ...blank,
      id,
      kind: 'waypoint',
      label: w.name,
      status: waypointStatus(w),
      waypoint: w,
      namespace: w.namespace,
    });
    for (const n of users) {
      const nid = `namespace:${n}`;
      if (!nsNodes.has(n)) {
        nsNodes.set(n, {
          ...blank,
          id: nid,
          kind: 'namespace',
          label: n,
          status: 'default',
          namespace: n,
        });
      }
      edge(nid, id);
    }
    for (const s of services) {
      const sid = `service:${s}`;
      svcNodes.push({
        ...blank,
        id: sid,
        kind: 'service',
        label: s.split('/')[1],
        status: 'default',
        namespace: s.split('/')[0],
      });
      edge(sid, id);
    }
    for (const src of podSources) edge(src, id);
  }
  const left = [[...nsNodes.values(), ...svcNodes], wpNodes];
  layoutGraph(left, groups);
  return {
    nodes: [...left.flat(), ...groups.flatMap((g) => [g.group, ...g.children])],
    edges: [...edges.values()],
    level,
    pods: pods.length,
  };
};
