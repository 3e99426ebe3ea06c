import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { JsonPatchOp } from '../install/adopt';
import { threeWayPatch } from '../install/merge';
import { ChangedMeanwhileError, isGuardFailure } from '../install/write';
import type { UpgradeKind } from './plan';

type Obj = K8sResourceCommon & { spec?: unknown };

/** The field each kind's step writes: `spec.version`, or a tag's `spec.targetRef.name`. */
export const fieldPath = (kind: UpgradeKind): string[] =>
  kind === 'IstioRevisionTag' ? ['spec', 'targetRef', 'name'] : ['spec', 'version'];

const at = (obj: unknown, path: string[]): unknown =>
  path.reduce<unknown>(
    (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
    obj,
  );

/** The value of the step's field on `obj`. */
export const fieldValue = (obj: Obj | undefined, kind: UpgradeKind): string | undefined => {
  const v = at(obj, fieldPath(kind));
  return typeof v === 'string' ? v : undefined;
};

/**
 * The JSON patch that sets the step's field to `to` on `current`, computed three-way from the
 * value the caller saw (`seen`): nothing when `current` already holds `to`; else a `test` of the
 * resourceVersion of `current` and one `replace` (or `add`) of that field, nothing else.
 */
export const fieldPatch = (
  kind: UpgradeKind,
  seen: string | undefined,
  current: Obj,
  to: string,
): JsonPatchOp[] => {
  const path = fieldPath(kind);
  const leaf = path[path.length - 1];
  const parent = path.slice(0, -1);
  const ops = threeWayPatch(
    { [leaf]: seen },
    { [leaf]: to },
    at(current, parent),
    `/${parent.join('/')}`,
  );
  if (!ops.length) return [];
  const rv = current.metadata?.resourceVersion;
  return rv ? [{ op: 'test', path: '/metadata/resourceVersion', value: rv }, ...ops] : ops;
};

/** The API calls a step needs, bound to one object; `patch` may be a dry run. */
export type FieldWriter<T extends Obj = Obj> = {
  get: () => Promise<T>;
  patch: (obj: T, ops: JsonPatchOp[]) => Promise<T>;
};

export type FieldWriteResult<T extends Obj = Obj> = {
  outcome: 'patched' | 'unchanged';
  /** The object as the write left it (or as read, when there was nothing to write). */
  object: T;
  generation?: number;
};

const MAX_ATTEMPTS = 4;

/**
 * Sets one field to `to` with a patch guarded by the resourceVersion it was computed from. The
 * caller passes the object as its watch shows it: no read first. A refused guard (409, or 422 on
 * the `test`) reads the object again: when the field now holds a value that is neither the one
 * seen nor `to`, someone changed it meanwhile and the write stops with `ChangedMeanwhileError`;
 * when it holds `to` already, nothing is written; else the patch is recomputed and sent again.
 */
export const writeField = async <T extends Obj>(
  kind: UpgradeKind,
  io: FieldWriter<T>,
  seen: T,
  to: string,
): Promise<FieldWriteResult<T>> => {
  const was = fieldValue(seen, kind);
  let base = seen;
  for (let attempt = 1; ; attempt += 1) {
    const ops = fieldPatch(kind, was, base, to);
    if (!ops.length) {
      return { outcome: 'unchanged', object: base, generation: base.metadata?.generation };
    }
    try {
      const written = await io.patch(base, ops);
      return { outcome: 'patched', object: written, generation: written.metadata?.generation };
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS || !isGuardFailure(e)) throw e;
      const fresh = await io.get();
      const now = fieldValue(fresh, kind);
      if (now !== was && now !== to) {
        throw new ChangedMeanwhileError(
          [{ path: fieldPath(kind).join('.'), old: was, new: now }],
          fresh,
        );
      }
      base = fresh;
    }
  }
};
