import * as React from 'react';
import {
  DefaultNode,
  type Node,
  type NodeStatus,
  type WithSelectionProps,
  observer,
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

type Props = { element: Node } & WithSelectionProps;

const LABEL_MAX = 18;

/**
 * A pod, aggregate, ztunnel, waypoint, namespace or service: icon, status colour, count badge,
 * and a label that is not measured (see `GraphLabel`).
 */
const MeshNodeInner: React.FC<Props> = ({ element, selected, onSelect }) => {
  const data = element.getData() as GraphNode;
  const { width, height } = element.getDimensions();
  const Icon = ICONS[data.kind];
  const select = (e: React.MouseEvent) => {
    onSelect?.(e);
    if (data.kind === 'aggregate' && data.expandable) {
      element.getController().fireEvent(EXPAND_EVENT, data.id);
    }
  };
  return (
    <g data-test={`graph-node-${data.id}`} data-kind={data.kind} data-status={data.status}>
      <DefaultNode
        element={element}
        selected={selected}
        onSelect={select}
        nodeStatus={data.status as NodeStatus}
        showStatusBackground
        showLabel={false}
      >
        <g transform={`translate(${width / 4}, ${height / 4})`}>
          <Icon width={width / 2} height={height / 2} />
        </g>
        {data.count !== undefined && <GraphBadge x={width - 4} y={4} count={data.count} />}
      </DefaultNode>
      <GraphLabel x={width / 2} y={height + 6} label={element.getLabel()} max={LABEL_MAX} />
    </g>
  );
};

export const MeshNode = observer(MeshNodeInner);
