import { jsonPointerEscape } from '../../k8s/common/labelPatch';
import { deepEqual, type JsonPatchOp } from './adopt';

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A list after the person's edit, applied to the live list: items the edit added are appended
 * (once), items it removed are dropped; items someone else added or kept stay where they are.
 */
export const mergeList = (original: unknown[], modified: unknown[], current: unknown[]) => {
  const added = modified.filter((m) => !original.some((o) => deepEqual(o, m)));
  const removed = original.filter((o) => !modified.some((m) => deepEqual(o, m)));
  const kept = current.filter((c) => !removed.some((r) => deepEqual(r, c)));
  return [...kept, ...added.filter((a) => !kept.some((c) => deepEqual(a, c)))];
};

/** The part of `want` that differs from `was` (whole lists and scalars, objects key by key). */
const changedPart = (was: unknown, want: unknown): unknown => {
  if (!isPlain(want)) return want;
  const w = isPlain(was) ? was : {};
  return Object.fromEntries(
    Object.keys(want)
      .filter((k) => !deepEqual(w[k], want[k]))
      .map((k) => [k, changedPart(w[k], want[k])]),
  );
};

const set = (path: string, has: boolean, value: unknown): JsonPatchOp[] => [
  { op: has ? 'replace' : 'add', path, value },
];

/**
 * A three-way merge as a JSON patch on `current`: only what differs between `original` (what the
 * wizard computed from the live object) and `modified` (the same after the person's choices) is
 * written, key by key; lists are merged item by item (`mergeList`). Everything else on `current`,
 * including what others changed since, is left as it is. Empty when the person changed nothing.
 */
export const threeWayPatch = (
  original: unknown,
  modified: unknown,
  current: unknown,
  base = '',
): JsonPatchOp[] => {
  const o = isPlain(original) ? original : {};
  const m = isPlain(modified) ? modified : {};
  const c = isPlain(current) ? current : {};
  const keys = [...new Set([...Object.keys(o), ...Object.keys(m)])];
  return keys.flatMap((key): JsonPatchOp[] => {
    const path = `${base}/${jsonPointerEscape(key)}`;
    const was = o[key];
    const want = m[key];
    const has = key in c;
    const now = c[key];
    if (deepEqual(was, want)) return [];
    // Dropped by the person: only what the wizard had there goes, not what others put beside it.
    if (!(key in m)) {
      if (isPlain(was) && isPlain(now)) return threeWayPatch(was, {}, now, path);
      return has ? [{ op: 'remove', path }] : [];
    }
    if (isPlain(want) && isPlain(now)) return threeWayPatch(was, want, now, path);
    if (isPlain(want)) return set(path, has, changedPart(was, want));
    if (Array.isArray(want) && Array.isArray(now)) {
      const merged = mergeList(Array.isArray(was) ? was : [], want, now);
      return deepEqual(merged, now) ? [] : set(path, true, merged);
    }
    return has && deepEqual(now, want) ? [] : set(path, has, want);
  });
};

/** One field that a write changes (or that changed meanwhile): its path, before and after. */
export type FieldChange = { path: string; old?: unknown; new?: unknown };

/** Every leaf that differs between two objects, as dotted paths (lists compared whole). */
export const fieldChanges = (before: unknown, after: unknown, base = ''): FieldChange[] => {
  if (deepEqual(before, after)) return [];
  const b = before === undefined ? {} : before;
  const a = after === undefined ? {} : after;
  if (isPlain(b) && isPlain(a)) {
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
    return keys.flatMap((k) => fieldChanges(b[k], a[k], base ? `${base}.${k}` : k));
  }
  return [{ path: base, old: before, new: after }];
};

type Obj = { metadata?: { labels?: Record<string, string> }; spec?: unknown };

/** What an object's write changes where the wizard looks: its labels and its spec. */
export const objectChanges = (before: Obj | undefined, after: Obj | undefined): FieldChange[] => [
  ...fieldChanges(before?.metadata?.labels ?? {}, after?.metadata?.labels ?? {}, 'metadata.labels'),
  ...fieldChanges(before?.spec, after?.spec, 'spec'),
];
