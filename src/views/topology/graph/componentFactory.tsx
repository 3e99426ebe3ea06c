import * as React from 'react';
import {
  type ComponentFactory,
  DefaultEdge,
  type GraphElement,
  GraphComponent,
  ModelKind,
  withPanZoom,
  withSelection,
} from '@patternfly/react-topology';
import { ClusterNodeGroup } from './ClusterNodeGroup';
import { GraphShadows } from './GraphShadows';
import { MeshNode } from './MeshNode';
import { EDGE_TYPE, GROUP_TYPE, NODE_TYPE } from './toVisualModel';

type ElementComponent = React.ComponentType<{ element: GraphElement }>;

const components: Record<string, ElementComponent> = {
  [GROUP_TYPE]: withSelection({ controlled: true })(
    ClusterNodeGroup,
  ) as unknown as ElementComponent,
  [NODE_TYPE]: withSelection({ controlled: true })(MeshNode) as unknown as ElementComponent,
  [EDGE_TYPE]: DefaultEdge as unknown as ElementComponent,
};
const PanZoomGraph = withPanZoom()(GraphComponent) as unknown as ElementComponent;

/** The library's graph, with the shadow filters its nodes share. */
const MeshGraph: ElementComponent = (props) => (
  <>
    <GraphShadows />
    <PanZoomGraph {...props} />
  </>
);

/** Components of the graph: the library's graph and edges, and our groups and nodes. */
export const componentFactory: ComponentFactory = (kind, type) =>
  kind === ModelKind.graph ? MeshGraph : components[type];
