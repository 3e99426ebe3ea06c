import type { Protocol, WorkloadRow } from './types';
import { waypointId } from './waypoints';

export const WAYPOINT_NONE = '#none#';

export type RowFilters = {
  /** Namespace name; undefined for all. */
  namespace?: string;
  node?: string;
  protocol?: Protocol;
  /** `namespace/name` of a workload or service waypoint, or WAYPOINT_NONE. */
  waypoint?: string;
  problemsOnly?: boolean;
  /** Substring of the pod name (case-insensitive). */
  search?: string;
};

export type SortKey =
  | 'namespace'
  | 'name'
  | 'address'
  | 'node'
  | 'waypoint'
  | 'protocol'
  | 'state'
  | 'problems';

export type SortBy = { key: SortKey; direction: 'asc' | 'desc' };

const rowWaypoints = (row: WorkloadRow): string[] =>
  [row.waypoint, row.serviceWaypoint].flatMap((w) => (w ? [waypointId(w.namespace, w.name)] : []));

type RowTest = (row: WorkloadRow) => boolean;

/** One test per filter set in `f`: the one place that says which filters are set. */
const rowTests = (f: RowFilters): RowTest[] => {
  const tests: RowTest[] = [];
  const { namespace, node, protocol, waypoint } = f;
  if (namespace) tests.push((row) => row.namespace === namespace);
  if (node) tests.push((row) => row.node === node);
  if (protocol) tests.push((row) => row.protocol === protocol);
  if (f.problemsOnly) tests.push((row) => row.problems.length > 0);
  if (waypoint) {
    tests.push((row) => {
      const ids = rowWaypoints(row);
      return waypoint === WAYPOINT_NONE ? ids.length === 0 : ids.includes(waypoint);
    });
  }
  const search = (f.search ?? '').trim().toLowerCase();
  if (search) tests.push((row) => row.name.toLowerCase().includes(search));
  return tests;
};

/**
 * The rows the filters let through; with no filter set, `rows` itself, so that nothing passes
 * over a whole list (and memos keyed by it hold) when there is nothing to filter.
 */
export const filterRows = (rows: WorkloadRow[], f: RowFilters): WorkloadRow[] => {
  const tests = rowTests(f);
  return tests.length ? rows.filter((row) => tests.every((test) => test(row))) : rows;
};

const sortValue = (row: WorkloadRow, key: SortKey): string | number => {
  switch (key) {
    case 'waypoint':
      return row.waypoint?.name ?? '';
    case 'problems':
      return row.problems.length;
    default:
      return row[key];
  }
};

/** Namespace, then name: unique per pod, so it breaks every tie. */
const compareIds = (a: WorkloadRow, b: WorkloadRow): number => {
  if (a.namespace !== b.namespace) return a.namespace < b.namespace ? -1 : 1;
  if (a.name === b.name) return 0;
  return a.name < b.name ? -1 : 1;
};

/**
 * The order of `sortRows` as a comparator of two rows: by the key, ties in namespace/name order.
 * It reads the rows' fields as it goes (no key built per row): the lists come from the API server
 * in namespace/name order, which the default sort keeps, so a sort mostly checks neighbours.
 */
export const compareRows = (by: SortBy): ((a: WorkloadRow, b: WorkloadRow) => number) => {
  const sign = by.direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const va = sortValue(a, by.key);
    const vb = sortValue(b, by.key);
    if (va < vb) return -sign;
    if (va > vb) return sign;
    return compareIds(a, b);
  };
};

/** Sorts a copy of the rows; ties keep namespace/name order. */
export const sortRows = (rows: WorkloadRow[], by: SortBy): WorkloadRow[] =>
  rows.slice().sort(compareRows(by));
