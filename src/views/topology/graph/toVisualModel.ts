import type { EdgeModel, Model, NodeModel } from '@patternfly/react-topology';
import type { GraphData, GraphNode } from '../../../mesh/topology/graphTypes';

export const GRAPH_ID = 'ambient-topology';
export const GROUP_TYPE = 'cluster-node';
export const NODE_TYPE = 'mesh-node';
export const EDGE_TYPE = 'mesh-edge';
const GROUP_PADDING = 40;

const toNode = (n: GraphNode, label: string): NodeModel =>
  n.kind === 'cluster-node'
    ? {
        id: n.id,
        type: GROUP_TYPE,
        label,
        group: true,
        collapsed: false,
        children: n.children,
        style: { padding: GROUP_PADDING },
        data: n,
      }
    : {
        id: n.id,
        type: NODE_TYPE,
        label,
        x: n.x,
        y: n.y,
        width: n.width,
        height: n.height,
        data: n,
      };

/**
 * The graph model for the Visualization. The graph element carries no position or scale, so
 * merging a new model keeps the user's zoom and pan.
 */
export const toVisualModel = (g: GraphData, labelOf: (n: GraphNode) => string): Model => ({
  graph: { id: GRAPH_ID, type: 'graph' },
  nodes: g.nodes.map((n) => toNode(n, labelOf(n))),
  edges: g.edges.map(
    (e): EdgeModel => ({ id: e.id, type: EDGE_TYPE, source: e.source, target: e.target }),
  ),
});
