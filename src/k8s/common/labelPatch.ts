import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { httpStatus } from '../errors';

/** Escapes a label key for a JSON patch path (`/metadata/labels/istio.io~1dataplane-mode`). */
export const jsonPointerEscape = (key: string): string =>
  key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Label changes to make: a value sets the label, `null` removes it. */
export type LabelChanges = Record<string, string | null>;

export type JsonPatchOp =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string };

const labelPath = (key: string): string => `/metadata/labels/${jsonPointerEscape(key)}`;

/**
 * The smallest JSON patch that applies `changes` to the labels of `obj` as the caller holds it,
 * touching nothing else, and guarded so that it never overwrites a value the caller did not see:
 * - every patch starts with a `test` of the resourceVersion the caller saw (a JSON patch cannot
 *   test that a key is absent, so this is what guards an `add`): if the object changed meanwhile
 *   the write fails (422) and the caller re-reads (see `labelConflicts`);
 * - a changed or removed label also `test`s the value the caller saw;
 * - when the object has no labels at all, the label map is added whole.
 * An object without a resourceVersion (never read from the API) gets no version test.
 * Returns [] when there is nothing to change.
 */
export const labelPatch = (obj: K8sResourceCommon, changes: LabelChanges): JsonPatchOp[] => {
  const labels = obj.metadata?.labels;
  const rv = obj.metadata?.resourceVersion;
  const guard: JsonPatchOp[] = rv
    ? [{ op: 'test', path: '/metadata/resourceVersion', value: rv }]
    : [];
  if (!labels) {
    const adds = Object.fromEntries(
      Object.entries(changes).filter((e): e is [string, string] => e[1] !== null),
    );
    if (Object.keys(adds).length === 0) return [];
    return [...guard, { op: 'add', path: '/metadata/labels', value: adds }];
  }
  const ops = Object.entries(changes).flatMap(([key, value]): JsonPatchOp[] => {
    const current = labels[key];
    const path = labelPath(key);
    if (value === null) {
      return current === undefined
        ? []
        : [
            { op: 'test', path, value: current },
            { op: 'remove', path },
          ];
    }
    if (current === undefined) return [{ op: 'add', path, value }];
    if (current === value) return [];
    return [
      { op: 'test', path, value: current },
      { op: 'replace', path, value },
    ];
  });
  return ops.length === 0 ? [] : [...guard, ...ops];
};

/** A label someone else changed between the caller's view and the server's. */
export type LabelConflict = {
  key: string;
  /** The value the caller saw (null: absent). */
  seen: string | null;
  /** The value on the server now (null: absent). */
  now: string | null;
  /** The value the caller meant to write (null: remove). */
  wanted: string | null;
  /** Who set the server's value, from managedFields, when the server tracks it. */
  by?: string;
};

type ManagedField = { manager?: string; time?: string; fieldsV1?: Record<string, unknown> };

const ownsLabel = (entry: ManagedField, key: string): boolean => {
  const meta = entry.fieldsV1?.['f:metadata'];
  const labels =
    meta && typeof meta === 'object' ? (meta as Record<string, unknown>)['f:labels'] : undefined;
  return !!labels && typeof labels === 'object' && `f:${key}` in labels;
};

/** The field manager that last set a label (the newest managedFields entry owning it). */
export const labelManager = (obj: K8sResourceCommon, key: string): string | undefined => {
  const entries = ((obj.metadata as { managedFields?: ManagedField[] } | undefined)
    ?.managedFields ?? []) as ManagedField[];
  const owners = entries.filter((e) => e.manager && ownsLabel(e, key));
  owners.sort((a, b) => (a.time ?? '').localeCompare(b.time ?? ''));
  return owners[owners.length - 1]?.manager;
};

/**
 * The labels among `changes` that the server (`fresh`) holds with another value than the caller
 * saw (`seen`) and than the caller wants: writing over them would lose someone else's value.
 * A key the server already holds with the wanted value is no conflict.
 */
export const labelConflicts = (
  seen: K8sResourceCommon,
  fresh: K8sResourceCommon,
  changes: LabelChanges,
): LabelConflict[] =>
  Object.entries(changes).flatMap(([key, wanted]) => {
    const was = seen.metadata?.labels?.[key] ?? null;
    const now = fresh.metadata?.labels?.[key] ?? null;
    if (now === was || now === wanted) return [];
    const by = labelManager(fresh, key);
    return [{ key, seen: was, now, wanted, ...(by ? { by } : {}) }];
  });

/** A label write stopped because someone else set one of its labels to another value. */
export class LabelConflictError extends Error {
  constructor(
    readonly conflicts: LabelConflict[],
    /** The object as the server holds it now. */
    readonly current: K8sResourceCommon,
  ) {
    super(
      conflicts.map((c) => `${c.key}: ${c.seen ?? '(none)'} -> ${c.now ?? '(none)'}`).join(', '),
    );
    this.name = 'LabelConflictError';
  }
}

export const isLabelConflict = (e: unknown): e is LabelConflictError =>
  e instanceof LabelConflictError;

/** The two API calls a label write needs, bound to one object. */
export type LabelWriteIO<T extends K8sResourceCommon> = {
  get: () => Promise<T>;
  patch: (ops: JsonPatchOp[]) => Promise<T>;
};

/** Attempts after the first when the object changed meanwhile in labels the write does not touch. */
const RETRIES = 3;

/**
 * Writes label changes with one guarded JSON patch (see `labelPatch`: every patch tests the
 * resourceVersion the caller saw). No read before the write: the caller holds the object from its
 * watch. When the guard fails (409 or 422) the object is read again: if one of the labels being
 * written now holds a value the caller did not see (and not the one it wants), the write stops
 * with a `LabelConflictError` instead of overwriting it; otherwise the patch is rebuilt from the
 * fresh object, guarded by its resourceVersion, and sent again (at most 3 more times). Resolves
 * to the object unchanged when there is nothing to write.
 */
export const writeLabels = async <T extends K8sResourceCommon>(
  io: LabelWriteIO<T>,
  obj: T,
  changes: LabelChanges,
): Promise<T> => {
  // an object never read from the API cannot be guarded: read it first
  const seen = obj.metadata?.resourceVersion ? obj : await io.get();
  let base = seen;
  for (let attempt = 0; ; attempt += 1) {
    const ops = labelPatch(base, changes);
    if (ops.length === 0) return base;
    try {
      return await io.patch(ops);
    } catch (e) {
      const status = httpStatus(e);
      if ((status !== 409 && status !== 422) || attempt >= RETRIES) throw e;
      const fresh = await io.get();
      const conflicts = labelConflicts(seen, fresh, changes);
      if (conflicts.length > 0) throw new LabelConflictError(conflicts, fresh);
      // a 422 on an unchanged object: the patch itself is invalid, not stale (a 409 is tried again)
      if (status === 422 && fresh.metadata?.resourceVersion === base.metadata?.resourceVersion)
        throw e;
      base = fresh;
    }
  }
};

/** The labels of `obj` after `changes`, for optimistic display. */
export const applyLabelChanges = (
  labels: Record<string, string> | undefined,
  changes: LabelChanges,
): Record<string, string> => {
  const out = { ...(labels ?? {}) };
  Object.entries(changes).forEach(([k, v]) => {
    if (v === null) delete out[k];
    else out[k] = v;
  });
  return out;
};
