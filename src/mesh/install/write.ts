import { isConflict, isNotFound } from '../../k8s/errors';
import { adoptPatch, immutableConflicts, type JsonPatchOp } from './adopt';
import type { WriteOutcome } from './apply';
import type { PlanStep } from './types';

type Obj = { metadata?: { name?: string; labels?: Record<string, string> }; spec?: unknown };

/** The API calls one step needs; the view binds them to the SDK for the step's kind. */
export type StepWriter = {
  get: () => Promise<Obj>;
  create: (data: PlanStep['manifest']) => Promise<unknown>;
  patch: (existing: Obj, ops: JsonPatchOp[]) => Promise<unknown>;
};

export class ImmutableFieldError extends Error {
  constructor(
    readonly field: string,
    readonly current: unknown,
  ) {
    super(`${field} is ${String(current)} and cannot be changed`);
  }
}

/** What the write of `step` changes on `existing`: only the wizard's fields. */
export const stepPatch = (step: PlanStep, existing: Obj): JsonPatchOp[] =>
  step.kind === 'Namespace'
    ? adoptPatch(existing, { labels: step.labels })
    : adoptPatch(existing, { spec: step.manifest.spec });

/**
 * Writes one step idempotently: read it; create it when absent (a create that loses a race
 * with another writer reads again); adopt it when present, patching only the wizard's fields
 * that differ. Never creates twice; an immutable field that differs fails with its current value.
 */
export const writeStep = async (step: PlanStep, w: StepWriter): Promise<WriteOutcome> => {
  let existing: Obj | undefined;
  try {
    existing = await w.get();
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
  if (!existing) {
    try {
      await w.create(step.manifest);
      return 'created';
    } catch (e) {
      if (!isConflict(e)) throw e;
      existing = await w.get();
    }
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
  if (!ops.length) return 'unchanged';
  await w.patch(existing, ops);
  return 'patched';
};
