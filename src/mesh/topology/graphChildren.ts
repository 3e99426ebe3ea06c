import type { AggregationLevel, GraphNode, GraphOptions, GraphStatus } from './graphTypes';
import { rowStatus, worst } from './graphStatus';
import type { WorkloadRow } from './types';

export const blank = { x: 0, y: 0, width: 0, height: 0 };

export const podNode = (row: WorkloadRow, parent: string): GraphNode => ({
  ...blank,
  id: `pod:${row.id}`,
  kind: 'pod',
  label: row.name,
  status: rowStatus(row),
  parent,
  row,
});

/**
 * Pods one by one up to `threshold`; else a count per namespace on each node while there are at
 * most `max` (node, namespace) pairs; else a count per status. The pairs are counted only until
 * there are more than `max`: on 20,000 pods over 100 nodes that is a few hundred rows.
 */
export const chooseLevel = (
  pods: WorkloadRow[],
  threshold: number,
  max: number,
): AggregationLevel => {
  if (pods.length <= threshold) return 'pods';
  const pairs = new Set<string>();
  for (const r of pods) {
    pairs.add(`${r.node}|${r.namespace}`);
    if (pairs.size > max) return 'state';
  }
  return 'namespace';
};

/** Pods of one cluster node as graph nodes: one by one, or aggregated and maybe expanded. */
export const childrenOf = (
  groupId: string,
  rows: WorkloadRow[],
  level: AggregationLevel,
  o: Required<Pick<GraphOptions, 'expandLimit'>> & GraphOptions,
  rowNode: Map<string, string>,
): GraphNode[] => {
  if (level === 'pods') {
    return rows.map((r) => {
      rowNode.set(r.id, `pod:${r.id}`);
      return podNode(r, groupId);
    });
  }
  const buckets = new Map<string, WorkloadRow[]>();
  for (const r of rows) {
    const key = level === 'namespace' ? r.namespace : rowStatus(r);
    const list = buckets.get(key);
    if (list) list.push(r);
    else buckets.set(key, [r]);
  }
  const out: GraphNode[] = [];
  for (const [key, list] of [...buckets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const id = `agg:${groupId}:${level}:${key}`;
    const expanded = o.expanded?.has(id) ?? false;
    const shown = expanded ? list.slice(0, o.expandLimit) : [];
    for (const r of shown) {
      rowNode.set(r.id, `pod:${r.id}`);
      out.push(podNode(r, groupId));
    }
    const rest = list.slice(shown.length);
    if (rest.length === 0) continue;
    if (rest.length === 1 && !expanded) {
      // A count of one says less than the pod itself.
      rowNode.set(rest[0].id, `pod:${rest[0].id}`);
      out.push(podNode(rest[0], groupId));
      continue;
    }
    const aggId = expanded ? `${id}:more` : id;
    for (const r of rest) rowNode.set(r.id, aggId);
    out.push({
      ...blank,
      id: aggId,
      kind: 'aggregate',
      label: key,
      // per status, the key is the status of every pod counted: not derived again per pod
      status:
        level === 'state' ? (key as GraphStatus) : rest.map(rowStatus).reduce(worst, 'default'),
      parent: groupId,
      count: rest.length,
      namespace: level === 'namespace' ? key : undefined,
      expandable: !expanded,
    });
  }
  return out;
};
