import { type GraphNode, NODE_SIZE } from './graphTypes';

export const CELL_W = 150;
export const CELL_H = 100;
const GROUP_GAP = 120;
const LEFT_COLUMN_W = 260;

/** Columns of a group holding `n` children: roughly square, at most 8 wide. */
export const groupColumns = (n: number): number =>
  Math.min(8, Math.max(1, Math.ceil(Math.sqrt(n))));

const place = (node: GraphNode, x: number, y: number) => {
  node.x = x;
  node.y = y;
  node.width = NODE_SIZE;
  node.height = NODE_SIZE;
};

/**
 * Places the left columns (namespaces and services, then waypoints) and the cluster-node
 * groups in a grid to their right; each group lays its children out in rows. Positions are
 * deterministic, so a live update moves only what changed.
 */
export const layoutGraph = (
  left: GraphNode[][],
  groups: { group: GraphNode; children: GraphNode[] }[],
): void => {
  // Each left block (namespaces and services, then waypoints) is a grid about as tall as wide,
  // so that hundreds of namespaces do not make one endless column.
  let x0 = 0;
  for (const block of left) {
    if (block.length === 0) continue;
    const perColumn = Math.max(8, Math.ceil(Math.sqrt(block.length)));
    block.forEach((n, i) =>
      place(n, x0 + Math.floor(i / perColumn) * CELL_W, (i % perColumn) * CELL_H),
    );
    x0 += Math.ceil(block.length / perColumn) * CELL_W + LEFT_COLUMN_W - CELL_W;
  }
  const perRow = Math.max(1, Math.ceil(Math.sqrt(groups.length)));
  let x = x0;
  let y = 0;
  let rowHeight = 0;
  groups.forEach(({ group, children }, i) => {
    if (i > 0 && i % perRow === 0) {
      x = x0;
      y += rowHeight + GROUP_GAP;
      rowHeight = 0;
    }
    const cols = groupColumns(children.length);
    children.forEach((child, k) =>
      place(child, x + (k % cols) * CELL_W, y + Math.floor(k / cols) * CELL_H),
    );
    const rows = Math.max(1, Math.ceil(children.length / cols));
    group.x = x;
    group.y = y;
    group.width = cols * CELL_W;
    group.height = rows * CELL_H;
    x += group.width + GROUP_GAP;
    rowHeight = Math.max(rowHeight, group.height);
  });
};
