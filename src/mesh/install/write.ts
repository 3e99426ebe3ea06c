import { errorMessage, httpStatus, isConflict, isNotFound } from '../../k8s/errors';
import { adoptPatch, immutableConflicts, type JsonPatchOp } from './adopt';
import type { WriteOutcome } from '../common/stepRunner';
import { objectChanges, threeWayPatch, type FieldChange } from './merge';
import type { PlanStep } from './types';

type Obj = {
  metadata?: {
    name?: string;
    labels?: Record<string, string>;
    resourceVersion?: string;
    generation?: number;
  };
  spec?: unknown;
};

/** The objects the person reviewed, by step id (`null`: reviewed as absent). */
export type ReviewedObjects = Record<string, Obj | null | undefined>;

/** The API calls one step needs; the view binds them to the SDK for the step's kind. */
export type StepWriter = {
  get: () => Promise<Obj>;
  create: (data: PlanStep['manifest']) => Promise<unknown>;
  patch: (existing: Obj, ops: JsonPatchOp[]) => Promise<unknown>;
};

/** What a write did, and the generation it produced (the one Ready must be reported for). */
export type WriteResult = { outcome: WriteOutcome; generation?: number };

export class ImmutableFieldError extends Error {
  constructor(
    readonly field: string,
    readonly current: unknown,
  ) {
    super(`${field} is ${String(current)} and cannot be changed`);
  }
}

/**
 * The object is no longer the one the write was computed from (someone changed, created or
 * deleted it meanwhile): nothing was written; `changes` says what changed, `current` is the
 * object as read now, the basis of the next attempt once the person has seen the changes.
 */
export class ChangedMeanwhileError extends Error {
  constructor(
    readonly changes: FieldChange[],
    readonly current: Obj | null,
  ) {
    super(`changed meanwhile: ${changes.map((c) => c.path).join(', ') || 'created or deleted'}`);
  }
}

/** Whether a write failed on its guard: a stale resourceVersion (409) or a failed `test` (422). */
export const isGuardFailure = (e: unknown): boolean =>
  isConflict(e) || (httpStatus(e) === 422 && /test failed|testing value/i.test(errorMessage(e)));

const generationOf = (o: unknown): number | undefined => {
  const g = (o as Obj | undefined)?.metadata?.generation;
  return typeof g === 'number' ? g : undefined;
};

/**
 * What the write of `step` changes on `existing`: for a CR with an `original`, a three-way merge
 * (only what the person changed, lists merged); else only the wizard's fields that differ.
 */
export const stepPatch = (step: PlanStep, existing: Obj): JsonPatchOp[] => {
  if (step.kind === 'Namespace') {
    const labels = existing.metadata?.labels;
    if (!step.original || !labels) return adoptPatch(existing, { labels: step.labels });
    const was = step.original.metadata.labels ?? {};
    return threeWayPatch(was, step.labels ?? {}, labels, '/metadata/labels');
  }
  if (step.original) {
    return threeWayPatch(step.original.spec, step.manifest.spec, existing.spec, '/spec');
  }
  return adoptPatch(existing, { spec: step.manifest.spec });
};

/** The patch guarded by the resourceVersion it was computed from. */
const guarded = (existing: Obj, ops: JsonPatchOp[]): JsonPatchOp[] => {
  const rv = existing.metadata?.resourceVersion;
  return rv === undefined
    ? ops
    : [{ op: 'test', path: '/metadata/resourceVersion', value: rv }, ...ops];
};

const read = async (w: StepWriter): Promise<Obj | null> => {
  try {
    return await w.get();
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
};

/** Fails when `now` is not what the write was computed from (labels and spec compared). */
const checkUnchanged = (from: Obj | null | undefined, now: Obj | null): void => {
  if (from === undefined) return;
  const changes = objectChanges(from ?? undefined, now ?? undefined);
  if (changes.length || !from !== !now) throw new ChangedMeanwhileError(changes, now);
};

const MAX_ATTEMPTS = 4;

/**
 * Writes one step: read it; create it when absent; adopt it when present with a patch guarded by
 * the resourceVersion it was computed from. `reviewed` is the object the person reviewed (`null`:
 * reviewed as absent; `undefined`: no such check): when there is something to write and the object
 * read differs from it in labels or spec, nothing is written and `ChangedMeanwhileError` says what
 * changed. A lost race (a create answered AlreadyExists, a guard that failed) reads again and
 * recomputes; if only the status moved meanwhile it writes again, else it stops with the changes.
 * An immutable field that differs fails with its current value. Never creates twice.
 */
export const writeStep = async (
  step: PlanStep,
  w: StepWriter,
  reviewed?: Obj | null,
): Promise<WriteResult> => {
  let basis = reviewed;
  for (let attempt = 1; ; attempt += 1) {
    const existing = await read(w);
    try {
      return await writeOnce(step, w, existing, basis);
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS || !isGuardFailure(e)) throw e;
      basis = existing;
    }
  }
};

const writeOnce = async (
  step: PlanStep,
  w: StepWriter,
  existing: Obj | null,
  basis: Obj | null | undefined,
): Promise<WriteResult> => {
  if (!existing) {
    checkUnchanged(basis, existing);
    return { outcome: 'created', generation: generationOf(await w.create(step.manifest)) };
  }
  // sail-operator api/v1 istio_types.go, istiocni_types.go (release-1.26, 1.27, main): only Istio
  // and IstioCNI carry `self == oldSelf` on spec.namespace; a ZTunnel's namespace may change.
  if (step.kind === 'Istio' || step.kind === 'IstioCNI') {
    const [field] = immutableConflicts(existing as { spec?: unknown }, step.manifest);
    if (field) {
      const spec = (existing.spec ?? {}) as Record<string, unknown>;
      throw new ImmutableFieldError(field, spec.namespace);
    }
  }
  const ops = stepPatch(step, existing);
  if (!ops.length) return { outcome: 'unchanged', generation: generationOf(existing) };
  checkUnchanged(basis, existing);
  const written = await w.patch(existing, guarded(existing, ops));
  return { outcome: 'patched', generation: generationOf(written) };
};
