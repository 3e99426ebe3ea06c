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

/** A pod, aggregate, ztunnel, waypoint, namespace or service: icon, status colour, count badge. */
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
        truncateLength={18}
        badge={data.count !== undefined ? String(data.count) : undefined}
      >
        <g transform={`translate(${width / 4}, ${height / 4})`}>
          <Icon width={width / 2} height={height / 2} />
        </g>
      </DefaultNode>
    </g>
  );
};

export const MeshNode = observer(MeshNodeInner);
