import { Watch } from './Watch';
import type { WatchSpec, WatchState } from './types';

const watches = new Map<string, Watch>();

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
  ]);

/**
 * Subscribes to the shared watch of a query; the returned function unsubscribes. As the console
 * counts the users of each query (`stopK8sWatch` in `app/k8s/actions/k8s.ts`, `REF_COUNTS`), the
 * watch stops, and its data is dropped (`StopWatchK8s`), as soon as its last subscriber leaves: a
 * page opened after another one closed lists again what the other one had.
 */
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
      if (watch.subscribers === 0 && watches.get(key) === watch) {
        watch.stop();
        watches.delete(key);
      }
    },
  };
};

/** The state of the watch with this key (`watchKey`), while someone holds it. */
export const getWatchState = (key: string): WatchState | undefined => watches.get(key)?.state;
