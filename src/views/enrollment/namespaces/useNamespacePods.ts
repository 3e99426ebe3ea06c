import * as React from 'react';
import type { PodKind } from '../../../k8s/pod/types';
import { NamespacePodIndex } from '../../../mesh/enrollment/podIndex';

/** Pods applied between two checks of the clock. */
const STEP = 1000;
/** Longest stretch of work before the browser gets the main thread back. */
const BUDGET_MS = 20;

export type NamespacePods = {
  /** Each namespace's pods; a namespace keeps its array until one of its pods changes. */
  byNamespace: Map<string, PodKind[]>;
  /** The list these arrays come from (the newest once applied: compare with `sameItems`). */
  applied?: PodKind[];
};

/** The same pods, in the same order (a list handed over again as a new array). */
export const sameItems = <T>(a: T[] | undefined, b: T[]): boolean =>
  a === b || (!!a && a.length === b.length && a.every((x, i) => x === b[i]));

const nextTask = (fn: () => void): (() => void) => {
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
};

/**
 * The pods of a live list grouped by namespace, updated with the changes only
 * (`NamespacePodIndex`): each new list is applied in slices of at most BUDGET_MS, yielding to the
 * browser between them, so that a list of 100,000 pods or a burst of watch events never holds
 * the page in one long task. A new list arriving meanwhile takes over where the work stands. A
 * small list is applied at once.
 */
export const useNamespacePods = (pods: PodKind[]): NamespacePods => {
  const index = React.useRef<NamespacePodIndex | null>(null);
  if (!index.current) index.current = new NamespacePodIndex();
  const [state, setState] = React.useState<NamespacePods>(() => ({ byNamespace: new Map() }));
  const current = React.useRef(state);
  current.current = state;
  React.useEffect(() => {
    const idx = index.current as NamespacePodIndex;
    idx.begin(pods);
    let cancel: (() => void) | undefined;
    const run = () => {
      const until = performance.now() + BUDGET_MS;
      // at least one step per task, however slow the clock says it is
      let done = idx.step(STEP);
      while (!done && performance.now() < until) done = idx.step(STEP);
      if (!done) {
        cancel = nextTask(run);
        return;
      }
      const changed = idx.takeChanged();
      const s = current.current;
      if (changed.size > 0 || !s.applied) setState({ byNamespace: idx.snapshot(), applied: pods });
      // a new array of the same pods is no new state (no render for nothing)
      else if (!sameItems(s.applied, pods)) setState({ ...s, applied: pods });
    };
    run();
    return () => cancel?.();
  }, [pods]);
  return state;
};
