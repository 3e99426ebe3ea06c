import * as React from 'react';
import { useLocation, useNavigate } from 'react-router-dom-v5-compat';

/** New values for query parameters; undefined or '' removes one. */
export type QueryChanges = Record<string, string | undefined>;

export type SetQuery = (changes: QueryChanges, options?: { replace?: boolean }) => void;

/**
 * The page's query string as state: the view a link shares and Back restores. A change pushes a
 * history entry unless `replace` is asked (typing in a search box). Several changes in the same
 * event are merged, each on top of the last.
 */
export const useQueryParams = (): [URLSearchParams, SetQuery] => {
  const location = useLocation();
  const navigate = useNavigate();
  const params = React.useMemo(() => new URLSearchParams(location.search), [location.search]);
  const latest = React.useRef(location.search);
  latest.current = location.search;
  const setQuery = React.useCallback<SetQuery>(
    (changes, options) => {
      const next = new URLSearchParams(latest.current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, value);
      }
      const search = next.toString() ? `?${next.toString()}` : '';
      if (search === latest.current) return;
      latest.current = search;
      navigate({ pathname: location.pathname, search }, { replace: !!options?.replace });
    },
    [navigate, location.pathname],
  );
  return [params, setQuery];
};

/** A positive integer parameter, else the fallback. */
export const intParam = (params: URLSearchParams, key: string, fallback: number): number => {
  const n = Number(params.get(key));
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** A parameter restricted to known values, else the fallback. */
export const oneOf = <T extends string>(
  params: URLSearchParams,
  key: string,
  values: readonly T[],
  fallback: T,
): T => {
  const v = params.get(key);
  return values.includes(v as T) ? (v as T) : fallback;
};

/** `name` or `-name` (descending) as a column and direction. */
export const sortParam = <T extends string>(
  params: URLSearchParams,
  columns: readonly T[],
  fallback: { by: T; direction: 'asc' | 'desc' },
): { by: T; direction: 'asc' | 'desc' } => {
  const raw = params.get('sort') ?? '';
  const desc = raw.startsWith('-');
  const by = (desc ? raw.slice(1) : raw) as T;
  return columns.includes(by) ? { by, direction: desc ? 'desc' : 'asc' } : fallback;
};

export const sortValue = (by: string, direction: 'asc' | 'desc'): string =>
  direction === 'desc' ? `-${by}` : by;
