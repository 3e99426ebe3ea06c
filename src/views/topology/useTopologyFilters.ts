import * as React from 'react';
import { useActiveNamespace } from '@openshift-console/dynamic-plugin-sdk';
import { useLocation, useNavigate } from 'react-router-dom-v5-compat';
import type { RowFilters } from '../../mesh/topology/filter';

export const ALL_NAMESPACES = '#ALL_NS#';
export const NAMESPACE_PARAM = 'namespace';

export type OtherFilters = Omit<RowFilters, 'namespace'>;

export type TopologyFilters = {
  filters: RowFilters;
  setNamespace: (namespace: string | undefined) => void;
  setFilter: <K extends keyof OtherFilters>(key: K, value: OtherFilters[K]) => void;
  clear: () => void;
};

/**
 * The table's and graph's filters. The namespace follows `?namespace=` (the namespace tab
 * links here with it), else the console's active namespace; choosing one sets both.
 */
export const useTopologyFilters = (): TopologyFilters => {
  const [activeNamespace, setActiveNamespace] = useActiveNamespace();
  const location = useLocation();
  const navigate = useNavigate();
  const fromQuery = new URLSearchParams(location.search).get(NAMESPACE_PARAM) || undefined;
  const namespace =
    fromQuery ??
    (activeNamespace && activeNamespace !== ALL_NAMESPACES ? activeNamespace : undefined);
  const [other, setOther] = React.useState<OtherFilters>({});

  const setNamespace = React.useCallback(
    (ns: string | undefined) => {
      setActiveNamespace(ns ?? ALL_NAMESPACES);
      const params = new URLSearchParams(location.search);
      if (ns) params.set(NAMESPACE_PARAM, ns);
      else params.delete(NAMESPACE_PARAM);
      const search = params.toString();
      navigate(
        { pathname: location.pathname, search: search ? `?${search}` : '' },
        { replace: true },
      );
    },
    [setActiveNamespace, location.pathname, location.search, navigate],
  );
  const setFilter = React.useCallback(
    <K extends keyof OtherFilters>(key: K, value: OtherFilters[K]) =>
      setOther((prev) => ({ ...prev, [key]: value })),
    [],
  );
  const clear = React.useCallback(() => {
    setOther({});
    setNamespace(undefined);
  }, [setNamespace]);
  const filters = React.useMemo(() => ({ ...other, namespace }), [other, namespace]);
  return { filters, setNamespace, setFilter, clear };
};
