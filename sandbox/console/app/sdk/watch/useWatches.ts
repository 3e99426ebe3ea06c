import * as React from 'react';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { modelFor, useModelsVersion } from '../models';
import { selectorToString } from '../resourceURL';
import { getWatchState, subscribeWatch, watchKey } from './registry';
import type { WatchSpec, WatchState } from './types';

class NoModelError extends Error {
  constructor() {
    super('Model does not exist');
    this.name = 'NoModelError';
  }
}

/** A query: its watch's spec and key (`watchKey`), or the state of a kind not served. */
type Parsed = { spec?: WatchSpec; key?: string; state?: WatchState };

const parse = (r: WatchK8sResource): Parsed => {
  const model = modelFor(r.groupVersionKind ?? r.kind);
  if (!model) {
    // as console 4.19's `useK8sWatchResource`, whatever the query's `optional` flag (an empty
    // list, or an empty object)
    const data = r.isList ? [] : {};
    return {
      state: { data, loaded: true, loadError: new NoModelError() },
    };
  }
  const spec: WatchSpec = {
    model,
    ns: model.namespaced ? r.namespace : undefined,
    name: r.isList ? undefined : r.name,
    isList: !!r.isList,
    labelSelector: selectorToString(r.selector) || undefined,
    fieldSelector: r.fieldSelector || undefined,
    limit: r.limit,
  };
  return { spec, key: watchKey(spec) };
};

const initial = (spec: WatchSpec): WatchState => ({
  data: spec.isList ? [] : undefined,
  loaded: false,
  loadError: undefined,
});

/** The state of each watched query by key; shares watches, re-renders on each flush. */
export const useWatches = (
  resources: Record<string, WatchK8sResource>,
): Record<string, WatchState> => {
  const key = JSON.stringify(resources);
  // a refreshed discovery may serve a model the cached one lacked, or drop one
  const modelsVersion = useModelsVersion();
  const parsed = React.useMemo(() => {
    const res = JSON.parse(key) as Record<string, WatchK8sResource>;
    return Object.entries(res).map(([k, r]) => [k, parse(r)] as const);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, modelsVersion]);
  const [, rerender] = React.useReducer((n: number) => n + 1, 0);

  // The subscriptions follow the queries, not the models' identity: a refreshed discovery keeps
  // the console's models that were already there (`ReceivedResources` adds only new ones), so
  // its watches go on; only a query that changed is watched anew.
  const queries = React.useMemo(
    () => parsed.map(([k, p]) => `${k}=${p.key ?? ''}`).join('\n'),
    [parsed],
  );
  const current = React.useRef(parsed);
  current.current = parsed;
  React.useEffect(() => {
    const subs = current.current.flatMap(([, p]) =>
      p.spec ? [subscribeWatch(p.spec, rerender)] : [],
    );
    rerender();
    return () => subs.forEach((s) => s.unsubscribe());
  }, [queries]);

  const last = React.useRef<Record<string, WatchState>>({});
  const next: Record<string, WatchState> = {};
  let same = Object.keys(last.current).length === parsed.length;
  for (const [k, p] of parsed) {
    next[k] = p.state ?? (p.key ? getWatchState(p.key) : undefined) ?? initial(p.spec as WatchSpec);
    if (last.current[k] !== next[k]) same = false;
  }
  if (!same) last.current = next;
  return last.current;
};
