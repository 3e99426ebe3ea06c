import * as React from 'react';
import { Tab, TabTitleText, Tabs } from '@patternfly/react-core';
import { Loading } from '../../components/Loading';
import { PageState } from '../../components/PageState';
import { oneOf, useQueryParams } from '../../components/useQueryParams';
import { toCsv } from '../../mesh/topology/csv';
import { filterRows } from '../../mesh/topology/filter';
import type { TopologyModel } from '../../mesh/topology/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { downloadCsv } from './downloadCsv';
import { PartialDataAlert } from './PartialDataAlert';
import { TopologyToolbar } from './TopologyToolbar';
import { WorkloadsTable } from './table/WorkloadsTable';
import type { PartialData } from './useTopologyData';
import type { TopologyFilters } from './useTopologyFilters';
import type { ReadScope } from '../../mesh/scope/scope';
import { ScopeAlert } from '../scope/ScopeAlert';

type View = 'workloads' | 'graph';
const VIEWS: View[] = ['workloads', 'graph'];

/**
 * The graph and react-topology (a module the console shares, loaded on first use) load when the
 * Graph tab is first shown, not before the table.
 */
const loadGraph = () => import('./graph/TopologyGraph').then((m) => ({ default: m.TopologyGraph }));
const TopologyGraph = React.lazy(loadGraph);
/**
 * Once the whole list is shown, the graph's code is fetched ahead when the browser is next idle
 * (at the latest after this long), so that the Graph tab opens without waiting for it, and the
 * download never competes with the list's pages.
 */
const GRAPH_PRELOAD_MS = 3000;

const whenIdle = (fn: () => void, timeout: number): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fn, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, timeout);
  return () => window.clearTimeout(id);
};

type Props = TopologyFilters & {
  model: TopologyModel;
  loaded: boolean;
  /** The whole pods list is shown (the graph's code may then be fetched ahead). */
  whole: boolean;
  /** The pods list is still coming in (more rows are on their way); only ever while `loaded`. */
  listing: boolean;
  error: unknown;
  partial: PartialData[];
  scope?: ReadScope;
  /** Called once the page has shown its first data (after that commit). */
  onShown?: () => void;
};

/**
 * The Topology page's body. Memoized: the page re-renders on every update of its watches (each
 * page of a list, each batch of events), and this renders again only when the model, the load
 * state or the filters changed.
 */
const TopologyViewInner: React.FC<Props> = ({
  model,
  loaded,
  whole,
  listing,
  error,
  partial,
  scope,
  onShown,
  ...filterState
}) => {
  const { t } = useAmbientTranslation();
  const { filters } = filterState;
  const [params, setQuery] = useQueryParams();
  const view = oneOf<View>(params, 'view', VIEWS, 'workloads');
  const setView = (v: View) => setQuery({ view: v === 'workloads' ? undefined : v });
  React.useEffect(() => {
    if (!whole) return undefined;
    return whenIdle(() => void loadGraph().catch(() => undefined), GRAPH_PRELOAD_MS);
  }, [whole]);
  React.useEffect(() => {
    if (loaded) onShown?.();
  }, [loaded, onShown]);
  const rows = React.useMemo(() => filterRows(model.rows, filters), [model.rows, filters]);
  const onExport = () =>
    downloadCsv(toCsv(rows), `ambient-workloads-${filters.namespace ?? 'all'}.csv`);
  return (
    <>
      <PartialDataAlert partial={partial} />
      <ScopeAlert scope={scope} what={t('pods')} />
      <TopologyToolbar
        {...filterState}
        model={model}
        shown={loaded ? rows.length : undefined}
        listing={listing}
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
            <React.Suspense fallback={<Loading />}>
              <TopologyGraph
                model={model}
                rows={rows}
                filters={filters}
                ztunnelNamespace={model.ztunnelNamespace}
              />
            </React.Suspense>
          </PageState>
        </Tab>
      </Tabs>
    </>
  );
};

export const TopologyView = React.memo(TopologyViewInner);
