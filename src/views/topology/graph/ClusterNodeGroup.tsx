import * as React from 'react';
import {
  DefaultGroup,
  type Node,
  type WithSelectionProps,
  observer,
} from '@patternfly/react-topology';
import type { GraphNode } from '../../../mesh/topology/graphTypes';
import { GraphLabel } from './GraphLabel';

type Props = { element: Node } & WithSelectionProps;

const LABEL_MAX = 40;

/** A cluster node: a rectangle around its ztunnel and pods, labelled with the node's name
 * (not measured: see `GraphLabel`). */
const ClusterNodeGroupInner: React.FC<Props> = ({ element, selected, onSelect }) => {
  const data = element.getData() as GraphNode;
  // the group's box is its children's bounds plus the padding (as DefaultGroup draws it)
  const { x, y, width, height } = element.getBounds();
  return (
    <g data-test={`graph-group-${data.label}`} data-status={data.status}>
      <DefaultGroup
        element={element}
        selected={selected}
        onSelect={onSelect}
        hulledOutline={false}
        collapsible={false}
        showLabel={false}
      />
      <GraphLabel x={x + width / 2} y={y + height + 8} label={element.getLabel()} max={LABEL_MAX} />
    </g>
  );
};

export const ClusterNodeGroup = observer(ClusterNodeGroupInner);
