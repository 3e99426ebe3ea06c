import { jsonPointerEscape } from '../../k8s/common/labelPatch';

export type JsonPatchOp = {
  op: 'add' | 'replace' | 'remove' | 'test';
  path: string;
  value?: unknown;
};

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isPlain(a) && isPlain(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
};

/**
 * The JSON patch that sets the fields of `desired` on `existing` and touches nothing else.
 * Objects are merged key by key; arrays and scalars are replaced whole. Empty when nothing differs.
 */
export const setFieldsPatch = (existing: unknown, desired: Plain, base = ''): JsonPatchOp[] => {
  const current = isPlain(existing) ? existing : {};
  return Object.entries(desired).flatMap(([key, value]): JsonPatchOp[] => {
    const path = `${base}/${jsonPointerEscape(key)}`;
    if (!(key in current)) return [{ op: 'add', path, value }];
    const now = current[key];
    if (isPlain(value) && isPlain(now)) return setFieldsPatch(now, value, path);
    return deepEqual(now, value) ? [] : [{ op: 'replace', path, value }];
  });
};

/** The patch that adopts an existing object: labels of a namespace, or the spec of a CR. */
export const adoptPatch = (
  existing: { metadata?: { labels?: Record<string, string> }; spec?: unknown },
  desired: { labels?: Record<string, string>; spec?: Plain },
): JsonPatchOp[] => {
  const ops: JsonPatchOp[] = [];
  if (desired.labels && Object.keys(desired.labels).length) {
    ops.push(...setFieldsPatch(existing.metadata ?? {}, { labels: desired.labels }, '/metadata'));
  }
  if (desired.spec) ops.push(...setFieldsPatch(existing, { spec: desired.spec }));
  return ops;
};

/** Fields that the API server refuses to change once set (`spec.namespace` of the Sail CRs). */
export const immutableConflicts = (
  existing: { spec?: unknown },
  desired: { spec?: Plain },
): string[] => {
  const spec = isPlain(existing.spec) ? existing.spec : {};
  const want = desired.spec?.namespace;
  return spec.namespace !== undefined && want !== undefined && spec.namespace !== want
    ? ['spec.namespace']
    : [];
};
