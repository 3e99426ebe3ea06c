import * as React from 'react';
import {
  EllipseAnchor,
  type Node,
  NodeStatus,
  StatusModifier,
  type WithSelectionProps,
  observer,
  useAnchor,
  useHover,
} from '@patternfly/react-topology';
import {
  CubeIcon,
  CubesIcon,
  FolderIcon,
  NetworkIcon,
  RouteIcon,
  ServerGroupIcon,
} from '@patternfly/react-icons';
import type { GraphNode, GraphNodeKind } from '../../../mesh/topology/graphTypes';
import { GraphBadge, GraphLabel } from './GraphLabel';
import { nodeShadow } from './GraphShadows';

export const EXPAND_EVENT = 'ambient-expand-aggregate';

const ICONS: Record<GraphNodeKind, React.ComponentType<React.SVGProps<SVGSVGElement>>> = {
  'cluster-node': ServerGroupIcon,
  ztunnel: NetworkIcon,
  pod: CubeIcon,
  aggregate: CubesIcon,
  waypoint: RouteIcon,
  namespace: FolderIcon,
  service: NetworkIcon,
};

// PatternFly's topology classes, as the library's own nodes carry them
const NODE_CLASS = 'pf-topology__node';
const BACKGROUND_CLASS = 'pf-topology__node__background';
const HOVER = 'pf-m-hover';
const SELECTED = 'pf-m-selected';

const classes = (...names: (string | false)[]) => names.filter(Boolean).join(' ');

type Props = { element: Node } & WithSelectionProps;

// edges end on the node's ellipse
const ellipseAnchor = (node: Node) => new EllipseAnchor(node);

const LABEL_MAX = 18;

/**
 * A pod, aggregate, ztunnel, waypoint, namespace or service: an ellipse with PatternFly's node
 * classes (status colour, hover, selection), the shadows the graph defines once, an icon, a
 * count badge, and a label that is not measured (see `GraphLabel`). Edges end on the ellipse.
 * Drawn here rather than with the library's `DefaultNode`, which renders two components more and
 * three filter definitions in each of hundreds of nodes.
 */
const MeshNodeInner: React.FC<Props> = ({ element, selected, onSelect }) => {
  const data = element.getData() as GraphNode;
  const { width, height } = element.getDimensions();
  const [hovered, hoverRef] = useHover<SVGGElement>();
  useAnchor(ellipseAnchor);
  const Icon = ICONS[data.kind];
  const status = StatusModifier[data.status as NodeStatus];
  const select = (e: React.MouseEvent) => {
    onSelect?.(e);
    if (data.kind === 'aggregate' && data.expandable) {
      element.getController().fireEvent(EXPAND_EVENT, data.id);
    }
  };
  return (
    <g
      data-test={`graph-node-${data.id}`}
      data-kind={data.kind}
      data-status={data.status}
      className={classes(NODE_CLASS, status, hovered && HOVER, !!selected && SELECTED)}
    >
      {/* the hook's ref takes null too (it then stops listening); its type omits it */}
      <g ref={hoverRef as React.RefCallback<SVGGElement>} onClick={select}>
        <ellipse
          className={classes(BACKGROUND_CLASS, status, !!selected && SELECTED)}
          cx={width / 2}
          cy={height / 2}
          rx={Math.max(0, width / 2 - 1)}
          ry={Math.max(0, height / 2 - 1)}
          filter={nodeShadow(data.status === NodeStatus.danger, hovered)}
        />
        <g transform={`translate(${width / 4}, ${height / 4})`}>
          <Icon width={width / 2} height={height / 2} />
        </g>
        {data.count !== undefined && <GraphBadge x={width - 4} y={4} count={data.count} />}
      </g>
      <GraphLabel x={width / 2} y={height + 6} label={element.getLabel()} max={LABEL_MAX} />
    </g>
  );
};

export const MeshNode = observer(MeshNodeInner);
