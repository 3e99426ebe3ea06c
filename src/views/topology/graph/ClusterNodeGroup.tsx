import * as React from 'react';
import {
  DefaultGroup,
  type Node,
  type WithSelectionProps,
  observer,
} from '@patternfly/react-topology';
import type { GraphNode } from '../../../mesh/topology/graphTypes';

type Props = { element: Node } & WithSelectionProps;

/** A cluster node: a rectangle around its ztunnel and pods, labelled with the node's name. */
const ClusterNodeGroupInner: React.FC<Props> = ({ element, selected, onSelect }) => {
  const data = element.getData() as GraphNode;
  return (
    <g data-test={`graph-group-${data.label}`} data-status={data.status}>
      <DefaultGroup
        element={element}
        selected={selected}
        onSelect={onSelect}
        hulledOutline={false}
        collapsible={false}
        showLabel
        truncateLength={40}
      />
    </g>
  );
};

export const ClusterNodeGroup = observer(ClusterNodeGroupInner);
