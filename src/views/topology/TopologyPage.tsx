import * as React from 'react';
import { DocumentTitle, ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { Tab, TabTitleText, Tabs } from '@patternfly/react-core';
import { PageState } from '../../components/PageState';
import { oneOf, useQueryParams } from '../../components/useQueryParams';
import { toCsv } from '../../mesh/topology/csv';
import { filterRows } from '../../mesh/topology/filter';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { downloadCsv } from './downloadCsv';
import { TopologyGraph } from './graph/TopologyGraph';
import { PartialDataAlert } from './PartialDataAlert';
import { TopologyToolbar } from './TopologyToolbar';
import { WorkloadsTable } from './table/WorkloadsTable';
import { useTopologyData } from './useTopologyData';
import { useTopologyFilters } from './useTopologyFilters';

type View = 'workloads' | 'graph';
const VIEWS: View[] = ['workloads', 'graph'];

/** Which workloads ztunnel captures, per namespace and node, and which waypoints serve them. */
const TopologyPage: React.FC = () => {
  const { t } = useAmbientTranslation();
  const filterState = useTopologyFilters();
  const { filters } = filterState;
  const { model, loaded, error, partial } = useTopologyData(filters.namespace);
  const [params, setQuery] = useQueryParams();
  const view = oneOf<View>(params, 'view', VIEWS, 'workloads');
  const setView = (v: View) => setQuery({ view: v === 'workloads' ? undefined : v });
  const rows = React.useMemo(() => filterRows(model.rows, filters), [model.rows, filters]);
  const onExport = () =>
    downloadCsv(toCsv(rows), `ambient-workloads-${filters.namespace ?? 'all'}.csv`);
  return (
    <>
      <DocumentTitle>{t('Ambient mesh topology')}</DocumentTitle>
      <ListPageHeader title={t('Topology')} />
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
    </>
  );
};

export default TopologyPage;
