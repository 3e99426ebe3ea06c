import * as React from 'react';
import { type Controller, SELECTION_EVENT, Visualization } from '@patternfly/react-topology';
import type { GraphData, GraphNode } from '../../../mesh/topology/graphTypes';
import { componentFactory } from './componentFactory';
import { EXPAND_EVENT } from './MeshNode';
import { GRAPH_ID, toVisualModel } from './toVisualModel';

const FIT_PADDING = 60;

/**
 * One Visualization for the life of the view, updated in place by merging each new model, so
 * zoom, pan and selection survive live updates.
 */
export const useGraphController = (
  graph: GraphData,
  labelOf: (n: GraphNode) => string,
  onSelect: (ids: string[]) => void,
  onExpand: (id: string) => void,
): Controller => {
  const controller = React.useMemo(() => {
    const c = new Visualization();
    c.registerComponentFactory(componentFactory);
    c.fromModel({ graph: { id: GRAPH_ID, type: 'graph' } }, false);
    return c;
  }, []);
  React.useEffect(() => {
    const select = (ids: string[]) => onSelect(ids);
    const expand = (id: string) => onExpand(id);
    controller.addEventListener(SELECTION_EVENT, select);
    controller.addEventListener(EXPAND_EVENT, expand);
    return () => {
      controller.removeEventListener(SELECTION_EVENT, select);
      controller.removeEventListener(EXPAND_EVENT, expand);
    };
  }, [controller, onSelect, onExpand]);
  const fitted = React.useRef(false);
  React.useEffect(() => {
    controller.fromModel(toVisualModel(graph, labelOf), true);
    if (!fitted.current && graph.nodes.length > 0) {
      fitted.current = true;
      // Fit once the surface has measured itself; later updates keep the user's view.
      const timer = setTimeout(() => controller.getGraph().fit(FIT_PADDING), 50);
      return () => clearTimeout(timer);
    }
    return undefined;
  }, [controller, graph, labelOf]);
  return controller;
};

export const fitGraph = (c: Controller) => c.getGraph().fit(FIT_PADDING);
