import * as React from 'react';
import {
  intParam,
  oneOf,
  sortParam,
  sortValue,
  useQueryParams,
} from '../../../components/useQueryParams';
import { DATA_PLANE_MODES } from '../../../mesh/enrollment/namespaceEnrollment';
import type { RowFilter, RowSort } from '../../../mesh/enrollment/rows';

const SORT_COLUMNS: RowSort['by'][] = ['name', 'dataPlane', 'captured'];
const DATA_PLANES = ['all', ...DATA_PLANE_MODES] as const;
const PER_PAGE_DEFAULT = 50;

export type NamespacesView = {
  filter: RowFilter;
  sort: RowSort;
  paging: { page: number; perPage: number };
  showSystem: boolean;
  setFilter: (f: RowFilter) => void;
  setSort: (s: RowSort) => void;
  setPaging: (page: number, perPage: number) => void;
  setShowSystem: (on: boolean) => void;
};

/**
 * The Namespaces page's view in its query string (`?name=&dataPlane=&sort=&page=&perPage=&system=`):
 * a shared link opens the same view and Back restores it. Typing in the name filter replaces the
 * history entry; every other change adds one. A new filter goes back to the first page.
 */
export const useNamespacesView = (): NamespacesView => {
  const [params, setQuery] = useQueryParams();
  const filter = React.useMemo<RowFilter>(
    () => ({
      name: params.get('name') ?? '',
      dataPlane: oneOf(params, 'dataPlane', DATA_PLANES, 'all'),
    }),
    [params],
  );
  const sort = React.useMemo<RowSort>(
    () => sortParam(params, SORT_COLUMNS, { by: 'name', direction: 'asc' }),
    [params],
  );
  const paging = React.useMemo(
    () => ({
      page: intParam(params, 'page', 1),
      perPage: intParam(params, 'perPage', PER_PAGE_DEFAULT),
    }),
    [params],
  );
  const showSystem = params.get('system') === 'true';
  return {
    filter,
    sort,
    paging,
    showSystem,
    setFilter: (f) =>
      setQuery(
        {
          name: f.name,
          dataPlane: f.dataPlane === 'all' ? undefined : f.dataPlane,
          page: undefined,
        },
        { replace: f.name !== filter.name },
      ),
    setSort: (s) =>
      setQuery({
        sort: s.by === 'name' && s.direction === 'asc' ? undefined : sortValue(s.by, s.direction),
      }),
    setPaging: (page, perPage) =>
      setQuery({
        page: page === 1 ? undefined : String(page),
        perPage: perPage === PER_PAGE_DEFAULT ? undefined : String(perPage),
      }),
    setShowSystem: (on) => setQuery({ system: on ? 'true' : undefined, page: undefined }),
  };
};
