import * as React from 'react';
import { Label, Pagination } from '@patternfly/react-core';
import { InnerScrollContainer, Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { intParam, sortParam, sortValue, useQueryParams } from '../../../components/useQueryParams';
import { NamespaceModel, PodModel, gvkOf } from '../../../models';
import {
  type RowFilters,
  type SortBy,
  type SortKey,
  filterRows,
} from '../../../mesh/topology/filter';
import { RowSorter } from '../../../mesh/topology/rowSorter';
import type { WorkloadRow } from '../../../mesh/topology/types';
import { usePaginationTitles } from '../../../components/usePaginationTitles';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { useTopologyLabels } from './useTopologyLabels';
import { EnrollmentCell } from './EnrollmentCell';
import { NodeCell } from './NodeCell';
import { ProblemsCell } from './ProblemsCell';
import { WaypointCellView } from './WaypointCellView';
import { PER_PAGE_DEFAULT, PER_PAGE_OPTIONS } from './paging';
import { type TableGeometry, useFirstFrame } from '../../../components/useFirstFrame';

const COLUMNS: SortKey[] = [
  'namespace',
  'name',
  'address',
  'node',
  'waypoint',
  'protocol',
  'state',
  'problems',
];
/**
 * The page above the first row (masthead, title, tabs, toolbar, header) and the shortest row, with
 * some room: measured 381 and 59 px at 1920 x 1080, 444 and 101 px at 1280 x 900 (the columns wrap).
 */
const GEOMETRY: TableGeometry = { aboveRowsPx: 360, rowMinPx: 56 };
const DEFAULT_SORT = { by: 'namespace' as SortKey, direction: 'asc' as const };
const NAMESPACE_GVK = gvkOf(NamespaceModel);
const POD_GVK = gvkOf(PodModel);

/** All rows and the filters: rows are sorted once, then filtered (which keeps their order). */
type Props = { rows: WorkloadRow[]; filters: RowFilters };

/** The workloads of `istioctl ztunnel-config workloads`, sorted and paged over precomputed rows. */
export const WorkloadsTable: React.FC<Props> = ({ rows, filters }) => {
  const { t } = useAmbientTranslation();
  const paginationTitles = usePaginationTitles({
    items: t('pods'),
    itemsPerPage: t('Pods per page'),
  });
  const labels = useTopologyLabels();
  // sort and page live in the query string with the filters: Back and shared links restore them
  const [params, setQuery] = useQueryParams();
  const sortParsed = sortParam(params, COLUMNS, DEFAULT_SORT);
  const sortBy = React.useMemo<SortBy>(
    () => ({ key: sortParsed.by, direction: sortParsed.direction }),
    [sortParsed.by, sortParsed.direction],
  );
  const page = intParam(params, 'page', 1);
  const perPage = intParam(params, 'perPage', PER_PAGE_DEFAULT);
  const setSortBy = (s: SortBy) =>
    setQuery({
      sort:
        s.key === DEFAULT_SORT.by && s.direction === 'asc'
          ? undefined
          : sortValue(s.key, s.direction),
    });
  const setPaging = (p: number, n: number) =>
    setQuery({
      page: p === 1 ? undefined : String(p),
      perPage: n === PER_PAGE_DEFAULT ? undefined : String(n),
    });
  // the order of the previous rows is reused: only new rows are sorted (then merged in)
  const [sorter] = React.useState(() => new RowSorter());
  const all = React.useMemo(() => sorter.sort(rows, sortBy), [sorter, rows, sortBy]);
  const sorted = React.useMemo(() => filterRows(all, filters), [all, filters]);
  const lastPage = Math.max(1, Math.ceil(sorted.length / perPage));
  const current = Math.min(page, lastPage);
  const drawn = useFirstFrame(sorted.length > 0, perPage, GEOMETRY);
  const start = (current - 1) * perPage;
  const visible = sorted.slice(start, start + drawn);
  const titles: Record<SortKey, string> = {
    namespace: t('Namespace'),
    name: t('Pod name'),
    address: t('Address'),
    node: t('Node'),
    waypoint: t('Waypoint'),
    protocol: t('Protocol'),
    state: t('Enrollment'),
    problems: t('Problems'),
  };
  const pagination = (variant: 'top' | 'bottom') => (
    <Pagination
      itemCount={sorted.length}
      page={current}
      perPage={perPage}
      perPageOptions={PER_PAGE_OPTIONS.map((n) => ({ title: String(n), value: n }))}
      onSetPage={(_e, p) => setPaging(p, perPage)}
      onPerPageSelect={(_e, n) => setPaging(1, n)}
      variant={variant}
      isCompact={variant === 'top'}
      titles={paginationTitles}
    />
  );
  return (
    <>
      {pagination('top')}
      {/* narrower than the columns (1280 px with the nav open): scroll, never clip */}
      <InnerScrollContainer>
        <Table aria-label={t('Workloads')} variant="compact">
          <Thead>
            <Tr>
              {COLUMNS.map((key, index) => (
                <Th
                  key={key}
                  modifier="wrap"
                  sort={{
                    columnIndex: index,
                    sortBy: {
                      index: COLUMNS.indexOf(sortBy.key),
                      direction: sortBy.direction,
                    },
                    onSort: (_e, i, direction) => setSortBy({ key: COLUMNS[i], direction }),
                  }}
                >
                  {titles[key]}
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {visible.map((row) => (
              <Tr key={row.id} data-test={`workload-${row.namespace}-${row.name}`}>
                <Td dataLabel={titles.namespace}>
                  <ResourceLink groupVersionKind={NAMESPACE_GVK} name={row.namespace} />
                </Td>
                <Td dataLabel={titles.name}>
                  <ResourceLink
                    groupVersionKind={POD_GVK}
                    name={row.name}
                    namespace={row.namespace}
                  />
                </Td>
                <Td dataLabel={titles.address}>{row.address || '-'}</Td>
                <Td dataLabel={titles.node}>
                  <NodeCell row={row} />
                </Td>
                <Td dataLabel={titles.waypoint}>
                  <WaypointCellView row={row} labels={labels} />
                </Td>
                <Td dataLabel={titles.protocol}>
                  <Label isCompact color={row.protocol === 'HBONE' ? 'green' : 'grey'}>
                    {row.protocol}
                  </Label>
                </Td>
                <Td dataLabel={titles.state}>
                  <EnrollmentCell row={row} labels={labels} />
                </Td>
                <Td dataLabel={titles.problems}>
                  <ProblemsCell row={row} labels={labels} />
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </InnerScrollContainer>
      {pagination('bottom')}
    </>
  );
};
