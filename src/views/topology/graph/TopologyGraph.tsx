import * as React from 'react';
import {
  TopologyControlBar,
  TopologySideBar,
  TopologyView,
  VisualizationProvider,
  VisualizationSurface,
  action,
  createTopologyControlButtons,
  defaultControlButtonsOptions,
} from '@patternfly/react-topology';
import type { RowFilters } from '../../../mesh/topology/filter';
import { buildGraph } from '../../../mesh/topology/graph';
import type { GraphNode } from '../../../mesh/topology/graphTypes';
import type { TopologyModel, WorkloadRow } from '../../../mesh/topology/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { useTopologyLabels } from '../table/useTopologyLabels';
import { GraphLegend } from './GraphLegend';
import { GraphSidePanel } from './GraphSidePanel';
import { fitGraph, useGraphController } from './useGraphController';

type Props = {
  model: TopologyModel;
  rows: WorkloadRow[];
  filters: RowFilters;
  ztunnelNamespace: string;
};

/** Cluster nodes holding their ztunnel and pods, waypoints and who uses them; live. */
export const TopologyGraph: React.FC<Props> = ({ model, rows, filters, ztunnelNamespace }) => {
  const { t } = useAmbientTranslation();
  const labels = useTopologyLabels();
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(new Set());
  const [selectedIds, setSelectedIds] = React.useState<string[]>([]);
  const narrowed = Object.values(filters).some((v) => !!v);
  const graph = React.useMemo(
    () => buildGraph(model, rows, { expanded, includeEmptyNodes: !narrowed }),
    [model, rows, expanded, narrowed],
  );
  const labelOf = React.useCallback(
    (n: GraphNode) =>
      n.kind === 'aggregate' && !n.namespace
        ? (labels.status[n.label as keyof typeof labels.status] ?? n.label)
        : n.label,
    [labels],
  );
  const expand = React.useCallback(
    (id: string) => setExpanded((prev) => new Set(prev).add(id)),
    [],
  );
  const collapse = React.useCallback(
    (groupId: string) =>
      setExpanded((prev) => new Set([...prev].filter((id) => !id.startsWith(`agg:${groupId}:`)))),
    [],
  );
  const controller = useGraphController(graph, labelOf, setSelectedIds, expand);
  const selected = graph.nodes.find((n) => n.id === selectedIds[0]);
  const summary = selected?.parent ?? selected?.id;
  const nodeSummary = model.nodes.find((n) => `node:${n.name}` === summary);

  const controlButtons = createTopologyControlButtons({
    ...defaultControlButtonsOptions,
    zoomInTip: t('Zoom in'),
    zoomInAriaLabel: t('Zoom in'),
    zoomInCallback: action(() => controller.getGraph().scaleBy(4 / 3)),
    zoomOutTip: t('Zoom out'),
    zoomOutAriaLabel: t('Zoom out'),
    zoomOutCallback: action(() => controller.getGraph().scaleBy(0.75)),
    fitToScreenTip: t('Fit to screen'),
    fitToScreenAriaLabel: t('Fit to screen'),
    fitToScreenCallback: action(() => fitGraph(controller)),
    resetViewTip: t('Reset view'),
    resetViewAriaLabel: t('Reset view'),
    resetViewCallback: action(() => {
      setExpanded(new Set());
      controller.getGraph().reset();
      fitGraph(controller);
    }),
    legend: false,
  });

  return (
    <div style={{ height: '70vh', display: 'flex', flexDirection: 'column' }}>
      <GraphLegend labels={labels} level={graph.level} pods={graph.pods} />
      <VisualizationProvider controller={controller}>
        <TopologyView
          controlBar={<TopologyControlBar controlButtons={controlButtons} />}
          sideBarOpen={!!selected}
          sideBarResizable
          defaultSideBarSize="400px"
          sideBar={
            <TopologySideBar show={!!selected} resizable onClose={() => setSelectedIds([])}>
              {selected && (
                <GraphSidePanel
                  node={selected}
                  summary={nodeSummary}
                  ztunnelNamespace={ztunnelNamespace}
                  labels={labels}
                  onExpand={expand}
                  onCollapse={collapse}
                />
              )}
            </TopologySideBar>
          }
        >
          <VisualizationSurface state={{ selectedIds }} />
        </TopologyView>
      </VisualizationProvider>
    </div>
  );
};
