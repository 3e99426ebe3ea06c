import * as React from 'react';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { getName } from '../../k8s/common/selectors';
import {
  applyLabelChanges,
  isLabelConflict,
  type LabelChanges,
  type LabelConflict,
} from '../../k8s/common/labelPatch';

/** Why a write's change is not (or no longer) shown: each is given to the view to word. */
export type WriteProblem =
  | { kind: 'error'; error: unknown }
  /** someone else set a label the write was changing: nothing was overwritten */
  | { kind: 'conflict'; conflicts: LabelConflict[] }
  /** the server holds another value after the write succeeded (a controller reverted it) */
  | { kind: 'reverted'; key: string; wanted: string | null; now: string | null }
  /** the watch did not show the written change within the bound */
  | { kind: 'timeout'; seconds: number };

export type LabelWrites<T extends K8sResourceCommon> = {
  /** The objects with the changes in flight already applied, for display. */
  display: (objects: T[]) => T[];
  /**
   * Writes label changes to the named object, as the watch holds it, with one patch; resolves
   * to false (and records the problem) on failure, or when a write to it is still in flight.
   */
  write: (name: string, changes: LabelChanges) => Promise<boolean>;
  /** Changes shown before the watch shows them. */
  pending: Record<string, LabelChanges>;
  /** Names whose write is in flight: their controls are busy. */
  busy: Record<string, true>;
  /** Problems, worded by the view's `describe`. */
  errors: Record<string, string>;
  problems: Record<string, WriteProblem>;
  dismissError: (name: string) => void;
};

/** How long a written change may stay unseen by the watch before it is dropped (ms). */
export const PENDING_BOUND_MS = 10000;

const omit = <V>(rec: Record<string, V>, key: string): Record<string, V> => {
  if (!(key in rec)) return rec;
  const out = { ...rec };
  delete out[key];
  return out;
};

const firstUnmet = (
  obj: K8sResourceCommon | undefined,
  changes: LabelChanges,
): [string, string | null] | undefined =>
  Object.entries(changes).find(([k, v]) => (obj?.metadata?.labels?.[k] ?? null) !== v);

/** Whether resourceVersion `a` is later than `b` (when both are etcd's integers; else unknown). */
const isLater = (a?: string, b?: string): boolean =>
  !!a && !!b && /^\d+$/.test(a) && /^\d+$/.test(b) && BigInt(a) > BigInt(b);

type State = {
  pending: Record<string, LabelChanges>;
  busy: Record<string, true>;
  problems: Record<string, WriteProblem>;
  written: Record<string, Written>;
};
const EMPTY: State = { pending: {}, busy: {}, problems: {}, written: {} };

/** A successful write, watched for `boundMs`: `seen` once the watch showed its change. */
type Written = { rv?: string; at: number; changes: LabelChanges; seen?: true };

/**
 * Optimistic label writes on watched objects of one list (named uniquely in it), for namespaces
 * and pods alike. An object shows its new labels at once and its control is busy while the write
 * is in flight. After the write the override yields to the server: it is dropped as soon as the
 * watch shows the change, or shows a later version without it (a controller reverted it: dropped
 * with a notice, also when the revert comes within `boundMs` after the watch showed the change),
 * or after `boundMs` without the watch showing it (dropped with a notice). A failed
 * write is rolled back with its problem. `patch` is the kind's label mutation; `describe` words a
 * problem for the user.
 */
export const useLabelWrites = <T extends K8sResourceCommon>(
  watched: T[],
  patch: (obj: T, changes: LabelChanges) => Promise<T>,
  describe: (problem: WriteProblem) => string,
  boundMs = PENDING_BOUND_MS,
): LabelWrites<T> => {
  // one state, so that each step of a write is one render (React 17 does not batch async updates)
  const [state, setState] = React.useState<State>(EMPTY);
  const { pending, busy, problems, written } = state;
  const [now, setNow] = React.useState(0);

  // the one timer: wakes the check below when the oldest watched write reaches the bound
  React.useEffect(() => {
    const times = Object.values(written).map((w) => w.at);
    if (times.length === 0) return undefined;
    const due = Math.min(...times) + boundMs - Date.now();
    const id = setTimeout(() => setNow(Date.now()), Math.max(0, due) + 5);
    return () => clearTimeout(id);
  }, [written, boundMs]);

  React.useEffect(() => {
    const done: string[] = [];
    const shown: string[] = [];
    const found: Record<string, WriteProblem> = {};
    Object.entries(written).forEach(([name, w]) => {
      const obj = watched.find((o) => getName(o) === name);
      const unmet = firstUnmet(obj, w.changes);
      const expired = Date.now() - w.at >= boundMs;
      if (!unmet) {
        if (!w.seen) shown.push(name);
        if (expired) done.push(name);
        return;
      }
      const objRv = obj?.metadata?.resourceVersion;
      if (w.seen || objRv === w.rv || isLater(objRv, w.rv)) {
        const [key, wanted] = unmet;
        found[name] = { kind: 'reverted', key, wanted, now: obj?.metadata?.labels?.[key] ?? null };
      } else if (expired) {
        found[name] = { kind: 'timeout', seconds: Math.round(boundMs / 1000) };
      } else return;
      done.push(name);
    });
    if (done.length === 0 && shown.length === 0) return;
    setState((st) => {
      const nextWritten = { ...done.reduce(omit, st.written) };
      shown.forEach((n) => {
        if (nextWritten[n]) nextWritten[n] = { ...nextWritten[n], seen: true };
      });
      return {
        ...st,
        pending: [...done, ...shown].reduce(omit, st.pending),
        written: nextWritten,
        problems: Object.keys(found).length > 0 ? { ...st.problems, ...found } : st.problems,
      };
    });
  }, [watched, written, now, boundMs]);

  const watchedRef = React.useRef(watched);
  watchedRef.current = watched;
  const patchRef = React.useRef(patch);
  patchRef.current = patch;
  const busyRef = React.useRef<Record<string, true>>({});
  /** What our last write returned, per name, and the resourceVersion it was made from. */
  const lastRef = React.useRef<Record<string, { from?: string; obj: T }>>({});

  const write = React.useCallback(async (name: string, changes: LabelChanges) => {
    if (busyRef.current[name]) return false;
    busyRef.current = { ...busyRef.current, [name]: true };
    const seen =
      watchedRef.current.find((o) => getName(o) === name) ??
      ({ metadata: { name, labels: {} } } as T);
    // until the watch catches up with our last write, build on what that write returned
    const last = lastRef.current[name];
    const obj = last && last.from === seen.metadata?.resourceVersion ? last.obj : seen;
    setState((st) => ({
      pending: { ...st.pending, [name]: changes },
      busy: { ...st.busy, [name]: true },
      written: omit(st.written, name),
      problems: omit(st.problems, name),
    }));
    try {
      const result = await patchRef.current(obj, changes);
      if (result?.metadata)
        lastRef.current[name] = { from: seen.metadata?.resourceVersion, obj: result };
      busyRef.current = omit(busyRef.current, name);
      setState((st) => ({
        ...st,
        busy: omit(st.busy, name),
        written: {
          ...st.written,
          [name]: { rv: result?.metadata?.resourceVersion, at: Date.now(), changes },
        },
      }));
      return true;
    } catch (e) {
      const problem: WriteProblem = isLabelConflict(e)
        ? { kind: 'conflict', conflicts: e.conflicts }
        : { kind: 'error', error: e };
      busyRef.current = omit(busyRef.current, name);
      setState((st) => ({
        ...st,
        pending: omit(st.pending, name),
        busy: omit(st.busy, name),
        problems: { ...st.problems, [name]: problem },
      }));
      return false;
    }
  }, []);

  const display = React.useCallback(
    (objects: T[]) =>
      Object.keys(pending).length === 0
        ? objects
        : objects.map((o) => {
            const changes = pending[getName(o)];
            return changes
              ? {
                  ...o,
                  metadata: {
                    ...o.metadata,
                    labels: applyLabelChanges(o.metadata?.labels, changes),
                  },
                }
              : o;
          }),
    [pending],
  );

  const describeRef = React.useRef(describe);
  describeRef.current = describe;
  const errors = React.useMemo(
    () => Object.fromEntries(Object.entries(problems).map(([n, p]) => [n, describeRef.current(p)])),
    [problems],
  );
  const dismissError = React.useCallback(
    (name: string) => setState((st) => ({ ...st, problems: omit(st.problems, name) })),
    [],
  );
  return { display, write, pending, busy, errors, problems, dismissError };
};
