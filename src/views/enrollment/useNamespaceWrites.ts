import * as React from 'react';
import { errorMessage } from '../../k8s/errors';
import { applyLabelChanges, type LabelChanges } from '../../k8s/common/labelPatch';
import { patchNamespaceLabels } from '../../resources/namespace/mutations';
import type { NamespaceKind } from '../../k8s/namespace/types';
import { getLabel, getLabels, getName } from '../../k8s/common/selectors';

export type NamespaceWrites = {
  /** Namespaces with the changes in flight already applied, for display. */
  display: (namespaces: NamespaceKind[]) => NamespaceKind[];
  /**
   * Writes label changes to the named namespace, as the watch holds it, with one patch; resolves
   * to false (and records the error) on failure.
   */
  write: (name: string, changes: LabelChanges) => Promise<boolean>;
  pending: Record<string, LabelChanges>;
  errors: Record<string, string>;
  dismissError: (name: string) => void;
};

const omit = <T>(rec: Record<string, T>, key: string): Record<string, T> => {
  if (!(key in rec)) return rec;
  const out = { ...rec };
  delete out[key];
  return out;
};

const satisfied = (ns: NamespaceKind | undefined, changes: LabelChanges): boolean =>
  !!ns && Object.entries(changes).every(([k, v]) => (getLabel(ns, k) ?? null) === v);

/**
 * Optimistic label writes: a namespace shows its new labels at once; the override stays until the
 * watch shows the change, and is dropped (rolled back) with the error if the write fails.
 */
export const useNamespaceWrites = (watched: NamespaceKind[]): NamespaceWrites => {
  const [pending, setPending] = React.useState<Record<string, LabelChanges>>({});
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [written, setWritten] = React.useState<Record<string, true>>({});

  React.useEffect(() => {
    const names = Object.keys(written);
    if (names.length === 0) return;
    const done = names.filter((name) =>
      satisfied(
        watched.find((n) => getName(n) === name),
        pending[name] ?? {},
      ),
    );
    if (done.length === 0) return;
    setPending((p) => done.reduce(omit, p));
    setWritten((w) => done.reduce(omit, w));
  }, [watched, written, pending]);

  const watchedRef = React.useRef(watched);
  watchedRef.current = watched;
  /** What our last write returned, per name, and the resourceVersion it was made from. */
  const writtenRef = React.useRef<Record<string, { from?: string; obj: NamespaceKind }>>({});

  const write = React.useCallback(async (name: string, changes: LabelChanges) => {
    const seen = watchedRef.current.find((n) => getName(n) === name) ?? {
      metadata: { name, labels: {} },
    };
    // until the watch catches up with our last write, build on what that write returned
    const last = writtenRef.current[name];
    const ns = last && last.from === seen.metadata?.resourceVersion ? last.obj : seen;
    setPending((p) => ({ ...p, [name]: changes }));
    setWritten((w) => omit(w, name));
    setErrors((e) => omit(e, name));
    try {
      const result = await patchNamespaceLabels(ns, changes);
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
    (namespaces: NamespaceKind[]) =>
      Object.keys(pending).length === 0
        ? namespaces
        : namespaces.map((ns) => {
            const changes = pending[getName(ns)];
            return changes
              ? {
                  ...ns,
                  metadata: {
                    ...ns.metadata,
                    labels: applyLabelChanges(getLabels(ns), changes),
                  },
                }
              : ns;
          }),
    [pending],
  );

  const dismissError = React.useCallback((name: string) => setErrors((e) => omit(e, name)), []);
  return { display, write, pending, errors, dismissError };
};
