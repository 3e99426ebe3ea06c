import { Watch } from './Watch';
import type { WatchSpec, WatchState } from './types';

const watches = new Map<string, Watch>();
/** Watches whose last subscriber left are kept this long, so that a re-render does not re-list. */
const LINGER_MS = 2000;

export const watchKey = (s: WatchSpec): string =>
  JSON.stringify([
    s.model.apiGroup ?? '',
    s.model.apiVersion,
    s.model.plural,
    s.ns ?? '',
    s.name ?? '',
    s.isList,
    s.labelSelector ?? '',
    s.fieldSelector ?? '',
    s.limit ?? 0,
    !!s.optional,
  ]);

/** Subscribes to the shared watch of a query; the returned function unsubscribes. */
export const subscribeWatch = (
  spec: WatchSpec,
  onChange: (state: WatchState) => void,
): { state: WatchState; unsubscribe: () => void } => {
  const key = watchKey(spec);
  let w = watches.get(key);
  if (!w) {
    w = new Watch(spec);
    watches.set(key, w);
    w.start();
  }
  const watch = w;
  const off = watch.subscribe(() => onChange(watch.state));
  return {
    state: watch.state,
    unsubscribe: () => {
      off();
      setTimeout(() => {
        if (watch.subscribers === 0 && watches.get(key) === watch) {
          watch.stop();
          watches.delete(key);
        }
      }, LINGER_MS);
    },
  };
};

export const getWatchState = (spec: WatchSpec): WatchState | undefined =>
  watches.get(watchKey(spec))?.state;
