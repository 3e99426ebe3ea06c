import * as React from 'react';
import { Label, Pagination } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import {
  type RowFilters,
  type SortBy,
  type SortKey,
  filterRows,
  sortRows,
} from '../../../mesh/topology/filter';
import type { WorkloadRow } from '../../../mesh/topology/types';
import { usePaginationTitles } from '../../../components/usePaginationTitles';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { useTopologyLabels } from './useTopologyLabels';
import { EnrollmentCell } from './EnrollmentCell';
import { NodeCell } from './NodeCell';
import { ProblemsCell } from './ProblemsCell';
import { WaypointCellView } from './WaypointCellView';

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
const PER_PAGE = [20, 50, 100, 500];

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
  const [sortBy, setSortBy] = React.useState<SortBy>({ key: 'namespace', direction: 'asc' });
  const [page, setPage] = React.useState(1);
  const [perPage, setPerPage] = React.useState(50);
  const all = React.useMemo(() => sortRows(rows, sortBy), [rows, sortBy]);
  const sorted = React.useMemo(() => filterRows(all, filters), [all, filters]);
  const lastPage = Math.max(1, Math.ceil(sorted.length / perPage));
  const current = Math.min(page, lastPage);
  const visible = sorted.slice((current - 1) * perPage, current * perPage);
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
      perPageOptions={PER_PAGE.map((n) => ({ title: String(n), value: n }))}
      onSetPage={(_e, p) => setPage(p)}
      onPerPageSelect={(_e, n) => {
        setPerPage(n);
        setPage(1);
      }}
      variant={variant}
      isCompact={variant === 'top'}
      titles={paginationTitles}
    />
  );
  return (
    <>
      {pagination('top')}
      <Table aria-label={t('Workloads')} variant="compact">
        <Thead>
          <Tr>
            {COLUMNS.map((key, index) => (
              <Th
                key={key}
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
              <Td dataLabel={titles.namespace}>{row.namespace}</Td>
              <Td dataLabel={titles.name}>
                <ResourceLink kind="Pod" name={row.name} namespace={row.namespace} />
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
      {pagination('bottom')}
    </>
  );
};
