import * as React from 'react';
import { ListPageBody } from '@openshift-console/dynamic-plugin-sdk';
import { Tab, TabTitleText, Tabs } from '@patternfly/react-core';
import { PageState } from '../../components/PageState';
import { toCsv } from '../../mesh/topology/csv';
import { filterRows } from '../../mesh/topology/filter';
import type { TopologyModel } from '../../mesh/topology/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { downloadCsv } from './downloadCsv';
import { TopologyGraph } from './graph/TopologyGraph';
import { PartialDataAlert } from './PartialDataAlert';
import { TopologyToolbar } from './TopologyToolbar';
import { WorkloadsTable } from './table/WorkloadsTable';
import type { PartialData } from './useTopologyData';
import type { TopologyFilters } from './useTopologyFilters';

type View = 'workloads' | 'graph';

type Props = TopologyFilters & {
  model: TopologyModel;
  loaded: boolean;
  error: unknown;
  partial: PartialData[];
};

/**
 * The Topology page's body. Memoized: the page re-renders on every update of its watches (each
 * page of a list, each batch of events), and this renders again only when the model, the load
 * state or the filters changed.
 */
const TopologyViewInner: React.FC<Props> = ({ model, loaded, error, partial, ...filterState }) => {
  const { t } = useAmbientTranslation();
  const { filters } = filterState;
  const [view, setView] = React.useState<View>('workloads');
  const rows = React.useMemo(() => filterRows(model.rows, filters), [model.rows, filters]);
  const onExport = () =>
    downloadCsv(toCsv(rows), `ambient-workloads-${filters.namespace ?? 'all'}.csv`);
  return (
    <ListPageBody>
      <PartialDataAlert partial={partial} />
      <TopologyToolbar
        {...filterState}
        model={model}
        shown={loaded ? rows.length : undefined}
        onExport={view === 'workloads' && loaded ? onExport : undefined}
      />
      <Tabs
        activeKey={view}
        onSelect={(_e, key) => setView(key as View)}
        mountOnEnter
        aria-label={t('Topology views')}
      >
        <Tab eventKey="workloads" title={<TabTitleText>{t('Workloads')}</TabTitleText>}>
          <PageState
            loaded={loaded}
            error={error}
            empty={model.rows.length === 0 && !filters.namespace}
            emptyTitle={t('No pods')}
          >
            <WorkloadsTable rows={model.rows} filters={filters} />
          </PageState>
        </Tab>
        <Tab eventKey="graph" title={<TabTitleText>{t('Graph')}</TabTitleText>}>
          <PageState loaded={loaded} error={error}>
            <TopologyGraph
              model={model}
              rows={rows}
              filters={filters}
              ztunnelNamespace={model.ztunnelNamespace}
            />
          </PageState>
        </Tab>
      </Tabs>
    </ListPageBody>
  );
};

export const TopologyView = React.memo(TopologyViewInner);
