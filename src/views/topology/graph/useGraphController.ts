import * as React from 'react';
import {
  type Controller,
  SELECTION_EVENT,
  Visualization,
  action,
} from '@patternfly/react-topology';
import type { GraphData, GraphNode } from '../../../mesh/topology/graphTypes';
import { componentFactory } from './componentFactory';
import { EXPAND_EVENT } from './MeshNode';
import { GRAPH_ID, toVisualModel } from './toVisualModel';

const FIT_PADDING = 60;

export const fitGraph = (c: Controller) => c.getGraph().fit(FIT_PADDING);

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
    const model = toVisualModel(graph, labelOf);
    if (fitted.current || graph.nodes.length === 0) {
      controller.fromModel(model, true);
      return undefined;
    }
    fitted.current = true;
    // The first nodes are placed and fitted in one action, so they render once, at the fitted
    // scale: a fit after they rendered would render every node again. The surface measures
    // itself when it mounts; should it not have yet, the fit waits for it.
    if (controller.getGraph().getDimensions().width > 0) {
      action(() => {
        controller.fromModel(model, true);
        fitGraph(controller);
      })();
      return undefined;
    }
    controller.fromModel(model, true);
    const timer = setTimeout(
      action(() => fitGraph(controller)),
      50,
    );
    return () => clearTimeout(timer);
  }, [controller, graph, labelOf]);
  return controller;
};
