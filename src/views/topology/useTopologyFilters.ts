import * as React from 'react';
import { useActiveNamespace } from '@openshift-console/dynamic-plugin-sdk';
import { oneOf, useQueryParams } from '../../components/useQueryParams';
import type { RowFilters } from '../../mesh/topology/filter';
import type { Protocol } from '../../mesh/topology/types';

export const ALL_NAMESPACES = '#ALL_NS#';
export const NAMESPACE_PARAM = 'namespace';

export type OtherFilters = Omit<RowFilters, 'namespace'>;

export type TopologyFilters = {
  filters: RowFilters;
  setNamespace: (namespace: string | undefined) => void;
  setFilter: <K extends keyof OtherFilters>(key: K, value: OtherFilters[K]) => void;
  clear: () => void;
};

const PROTOCOLS: readonly (Protocol | '')[] = ['', 'HBONE', 'TCP'];

/** Each filter's query parameter. */
const PARAM: Record<keyof OtherFilters, string> = {
  node: 'node',
  protocol: 'protocol',
  waypoint: 'waypoint',
  problemsOnly: 'problems',
  search: 'q',
};

const toParam = (key: keyof OtherFilters, value: OtherFilters[keyof OtherFilters]) => {
  if (key === 'problemsOnly') return value ? 'true' : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/**
 * The table's and graph's filters, all in the query string (`?namespace=&node=&protocol=&
 * waypoint=&problems=&q=`), so that a link shares the view and Back restores it. The namespace
 * follows `?namespace=` (the namespace tab links here with it), else the console's active
 * namespace; choosing one sets both. Typing a search replaces the history entry.
 */
export const useTopologyFilters = (): TopologyFilters => {
  const [activeNamespace, setActiveNamespace] = useActiveNamespace();
  const [params, setQuery] = useQueryParams();
  const fromQuery = params.get(NAMESPACE_PARAM) || undefined;
  const namespace =
    fromQuery ??
    (activeNamespace && activeNamespace !== ALL_NAMESPACES ? activeNamespace : undefined);

  const setNamespace = React.useCallback(
    (ns: string | undefined) => {
      setActiveNamespace(ns ?? ALL_NAMESPACES);
      setQuery({ [NAMESPACE_PARAM]: ns, page: undefined });
    },
    [setActiveNamespace, setQuery],
  );
  const setFilter = React.useCallback(
    <K extends keyof OtherFilters>(key: K, value: OtherFilters[K]) =>
      setQuery(
        { [PARAM[key]]: toParam(key, value), page: undefined },
        { replace: key === 'search' },
      ),
    [setQuery],
  );
  const clear = React.useCallback(() => {
    setActiveNamespace(ALL_NAMESPACES);
    setQuery({
      [NAMESPACE_PARAM]: undefined,
      page: undefined,
      ...Object.fromEntries(Object.values(PARAM).map((p) => [p, undefined])),
    });
  }, [setActiveNamespace, setQuery]);

  const filters = React.useMemo<RowFilters>(() => {
    const f: RowFilters = { namespace };
    const node = params.get(PARAM.node);
    const protocol = oneOf(params, PARAM.protocol, PROTOCOLS, '');
    const waypoint = params.get(PARAM.waypoint);
    const search = params.get(PARAM.search);
    if (node) f.node = node;
    if (protocol) f.protocol = protocol;
    if (waypoint) f.waypoint = waypoint;
    if (params.get(PARAM.problemsOnly) === 'true') f.problemsOnly = true;
    if (search) f.search = search;
    return f;
  }, [params, namespace]);
  return { filters, setNamespace, setFilter, clear };
};
