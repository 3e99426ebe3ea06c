import type { WaypointSummary, WorkloadRow } from './types';

export type GraphNodeKind =
  | 'cluster-node'
  | 'ztunnel'
  | 'pod'
  | 'aggregate'
  | 'waypoint'
  | 'namespace'
  | 'service';

/** Colour class of a graph node; the view maps it to PatternFly status tokens. */
export type GraphStatus = 'success' | 'warning' | 'danger' | 'info' | 'default';

/** How pods are drawn: one by one, or counted per namespace or per state on each node. */
export type AggregationLevel = 'pods' | 'namespace' | 'state';

export type GraphNode = {
  id: string;
  kind: GraphNodeKind;
  label: string;
  status: GraphStatus;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Cluster nodes are groups holding their ztunnel and pods. */
  children?: string[];
  /** The cluster node a child sits on. */
  parent?: string;
  row?: WorkloadRow;
  waypoint?: WaypointSummary;
  /** Aggregates: how many pods, of which namespace or status, and whether it can expand. */
  count?: number;
  namespace?: string;
  expandable?: boolean;
};

export type GraphEdge = { id: string; source: string; target: string };

export type GraphData = {
  nodes: GraphNode[];
  edges: GraphEdge[];
  level: AggregationLevel;
  /** Pods visible (ztunnel pods excluded), before aggregation. */
  pods: number;
};

export type GraphOptions = {
  /** Above this many visible pods, pods are aggregated per namespace per node. */
  podThreshold?: number;
  /** Above this many namespace aggregates, pods are aggregated per status per node. */
  maxAggregates?: number;
  /** At most this many pods drawn for one expanded aggregate. */
  expandLimit?: number;
  /** Ids of the aggregates the user expanded. */
  expanded?: ReadonlySet<string>;
  /** Draw cluster nodes that host none of the visible pods too. */
  includeEmptyNodes?: boolean;
};

export const UNSCHEDULED = '#unscheduled#';
export const NODE_SIZE = 40;
