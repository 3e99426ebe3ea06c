import * as React from 'react';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { getLabel, getName } from '../../k8s/common/selectors';
import { applyLabelChanges, type LabelChanges } from '../../k8s/common/labelPatch';
import { errorMessage } from '../../k8s/errors';

export type LabelWrites<T extends K8sResourceCommon> = {
  /** The objects with the changes in flight already applied, for display. */
  display: (objects: T[]) => T[];
  /**
   * Writes label changes to the named object, as the watch holds it, with one patch; resolves
   * to false (and records the error) on failure.
   */
  write: (name: string, changes: LabelChanges) => Promise<boolean>;
  pending: Record<string, LabelChanges>;
  errors: Record<string, string>;
  dismissError: (name: string) => void;
};

const omit = <V>(rec: Record<string, V>, key: string): Record<string, V> => {
  if (!(key in rec)) return rec;
  const out = { ...rec };
  delete out[key];
  return out;
};

const satisfied = (obj: K8sResourceCommon | undefined, changes: LabelChanges): boolean =>
  !!obj && Object.entries(changes).every(([k, v]) => (getLabel(obj, k) ?? null) === v);

/**
 * Optimistic label writes on watched objects of one list (named uniquely in it): an object shows
 * its new labels at once; the override stays until the watch shows the change, and is dropped
 * (rolled back) with the error if the write fails. `patch` is the kind's label mutation.
 */
export const useLabelWrites = <T extends K8sResourceCommon>(
  watched: T[],
  patch: (obj: T, changes: LabelChanges) => Promise<T>,
): LabelWrites<T> => {
  const [pending, setPending] = React.useState<Record<string, LabelChanges>>({});
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [written, setWritten] = React.useState<Record<string, true>>({});

  React.useEffect(() => {
    const names = Object.keys(written);
    if (names.length === 0) return;
    const done = names.filter((name) =>
      satisfied(
        watched.find((o) => getName(o) === name),
        pending[name] ?? {},
      ),
    );
    if (done.length === 0) return;
    setPending((p) => done.reduce(omit, p));
    setWritten((w) => done.reduce(omit, w));
  }, [watched, written, pending]);

  const watchedRef = React.useRef(watched);
  watchedRef.current = watched;
  const patchRef = React.useRef(patch);
  patchRef.current = patch;
  /** What our last write returned, per name, and the resourceVersion it was made from. */
  const writtenRef = React.useRef<Record<string, { from?: string; obj: T }>>({});

  const write = React.useCallback(async (name: string, changes: LabelChanges) => {
    const seen =
      watchedRef.current.find((o) => getName(o) === name) ??
      ({ metadata: { name, labels: {} } } as T);
    // until the watch catches up with our last write, build on what that write returned
    const last = writtenRef.current[name];
    const obj = last && last.from === seen.metadata?.resourceVersion ? last.obj : seen;
    setPending((p) => ({ ...p, [name]: changes }));
    setWritten((w) => omit(w, name));
    setErrors((e) => omit(e, name));
    try {
      const result = await patchRef.current(obj, changes);
      if (result?.metadata)
        writtenRef.current[name] = { from: seen.metadata?.resourceVersion, obj: result };
      setWritten((w) => ({ ...w, [name]: true }));
      return true;
    } catch (e) {
      setPending((p) => omit(p, name));
      setErrors((errs) => ({ ...errs, [name]: errorMessage(e) }));
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

  const dismissError = React.useCallback((name: string) => setErrors((e) => omit(e, name)), []);
  return { display, write, pending, errors, dismissError };
};
