import type { GraphStatus } from './graphTypes';
import type { NodeSummary, WaypointSummary, WorkloadRow } from './types';

const RANK: Record<GraphStatus, number> = {
  default: 0,
  info: 1,
  success: 2,
  warning: 3,
  danger: 4,
};

export const worst = (a: GraphStatus, b: GraphStatus): GraphStatus => (RANK[b] > RANK[a] ? b : a);

/** Colour of a pod: red when ambient is meant but fails, orange when overridden, green when captured. */
export const rowStatus = (row: WorkloadRow): GraphStatus => {
  if (row.role !== 'workload') return 'info';
  const p = row.problems;
  if (
    p.includes('not-captured') ||
    p.includes('no-ztunnel') ||
    p.includes('unexpected-capture') ||
    p.includes('not-discovered')
  ) {
    return 'danger';
  }
  if (p.length > 0) return 'warning';
  return row.protocol === 'HBONE' ? 'success' : 'default';
};

export const ztunnelStatus = (node: NodeSummary | undefined): GraphStatus => {
  switch (node?.ztunnel) {
    case 'ready':
      return 'success';
    case 'not-ready':
    case 'missing':
      return 'danger';
    default:
      return 'default';
  }
};

export const waypointStatus = (w: WaypointSummary): GraphStatus => {
  if (!w.exists) return 'danger';
  return w.ready ? 'success' : 'warning';
};
