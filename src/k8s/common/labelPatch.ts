import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

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
 * touching nothing else, so labels and annotations someone else changed meanwhile survive:
 * - a new label is one `add` of that key;
 * - a changed or removed label first `test`s the value the caller saw, so a concurrent change of
 *   that same label fails the write instead of being overwritten;
 * - when the object has no labels at all, the label map is added whole, guarded by a `test` of
 *   the resourceVersion (if the object changed meanwhile the write fails and the caller retries
 *   with `labelPatch(obj, changes, true)`, which assumes the map exists).
 * Returns [] when there is nothing to change.
 */
export const labelPatch = (
  obj: K8sResourceCommon,
  changes: LabelChanges,
  assumeLabels = false,
): JsonPatchOp[] => {
  const labels = obj.metadata?.labels ?? (assumeLabels ? {} : undefined);
  if (!labels) {
    const adds = Object.fromEntries(
      Object.entries(changes).filter((e): e is [string, string] => e[1] !== null),
    );
    if (Object.keys(adds).length === 0) return [];
    const rv = obj.metadata?.resourceVersion;
    const guard: JsonPatchOp[] = rv
      ? [{ op: 'test', path: '/metadata/resourceVersion', value: rv }]
      : [];
    return [...guard, { op: 'add', path: '/metadata/labels', value: adds }];
  }
  return Object.entries(changes).flatMap(([key, value]): JsonPatchOp[] => {
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
};

/** Whether a patch was guarded by the resourceVersion (the object had no labels). */
export const isWholeMapPatch = (ops: JsonPatchOp[]): boolean =>
  ops.some((o) => o.op === 'test' && o.path === '/metadata/resourceVersion');

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
