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

export const matchesFilters = (row: WorkloadRow, f: RowFilters, search: string): boolean => {
  if (f.namespace && row.namespace !== f.namespace) return false;
  if (f.node && row.node !== f.node) return false;
  if (f.protocol && row.protocol !== f.protocol) return false;
  if (f.problemsOnly && row.problems.length === 0) return false;
  if (f.waypoint) {
    const ids = rowWaypoints(row);
    if (f.waypoint === WAYPOINT_NONE ? ids.length > 0 : !ids.includes(f.waypoint)) return false;
  }
  return !search || row.name.toLowerCase().includes(search);
};

export const filterRows = (rows: WorkloadRow[], f: RowFilters): WorkloadRow[] => {
  const search = (f.search ?? '').trim().toLowerCase();
  return rows.filter((r) => matchesFilters(r, f, search));
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

/** `namespace/name` of a row, made once per row object (rows are reused between builds). */
const tieKeys = new WeakMap<WorkloadRow, string>();
const tieKey = (row: WorkloadRow): string => {
  let k = tieKeys.get(row);
  if (k === undefined) {
    k = `${row.namespace}/${row.name}`;
    tieKeys.set(row, k);
  }
  return k;
};

type Keyed = { v: string | number; k: string };

const compareKeyed =
  (sign: number) =>
  (a: Keyed, b: Keyed): number => {
    if (a.v < b.v) return -sign;
    if (a.v > b.v) return sign;
    return a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
  };

/** Sorts a copy of the rows; ties keep namespace/name order. */
export const sortRows = (rows: WorkloadRow[], by: SortBy): WorkloadRow[] => {
  const keyed = rows.map((row) => ({ row, v: sortValue(row, by.key), k: tieKey(row) }));
  keyed.sort(compareKeyed(by.direction === 'asc' ? 1 : -1));
  return keyed.map((k) => k.row);
};

/** The order of `sortRows` as a comparator of two rows. */
export const compareRows = (by: SortBy): ((a: WorkloadRow, b: WorkloadRow) => number) => {
  const cmp = compareKeyed(by.direction === 'asc' ? 1 : -1);
  return (a, b) =>
    cmp({ v: sortValue(a, by.key), k: tieKey(a) }, { v: sortValue(b, by.key), k: tieKey(b) });
};
