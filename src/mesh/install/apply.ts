import { readiness } from '../health/health';
import type { FieldChange } from './merge';

export type StepPhase = 'pending' | 'creating' | 'waiting' | 'done' | 'failed';
export type WriteOutcome = 'created' | 'patched' | 'unchanged';

export type StepProgress = {
  id: string;
  phase: StepPhase;
  waitReady: boolean;
  /** The live condition reason while waiting, or the last one at a failure. */
  reason?: string;
  message?: string;
  error?: string;
  outcome?: WriteOutcome;
  /** The generation the write produced: Ready counts only once reported for it. */
  generation?: number;
  /** What had changed meanwhile on the object when the write stopped before writing. */
  changes?: FieldChange[];
  startedAt?: number;
  endedAt?: number;
};

export type ApplyStatus = 'idle' | 'running' | 'failed' | 'succeeded';

export type ApplyState = { status: ApplyStatus; steps: StepProgress[]; attempts: number };

/** What the state machine needs of a plan: its steps in order (the install's or the upgrade's). */
export type RunPlan = { steps: { id: string; waitReady: boolean }[] };

export type ApplyEvent =
  | { type: 'start'; now: number; plan?: RunPlan }
  | { type: 'writing'; id: string; now: number }
  | { type: 'written'; id: string; outcome: WriteOutcome; generation?: number; now: number }
  | { type: 'progress'; id: string; reason?: string; message?: string }
  | { type: 'ready'; id: string; now: number }
  | { type: 'timeout'; id: string; now: number }
  | { type: 'failed'; id: string; error: string; changes?: FieldChange[]; now: number }
  | { type: 'reset'; plan: RunPlan };

export const initialApplyState = (plan: RunPlan): ApplyState => ({
  status: 'idle',
  attempts: 0,
  steps: plan.steps.map((s) => ({ id: s.id, phase: 'pending', waitReady: s.waitReady })),
});

const update = (
  state: ApplyState,
  id: string,
  f: (s: StepProgress) => StepProgress,
): ApplyState => ({
  ...state,
  steps: state.steps.map((s) => (s.id === id ? f(s) : s)),
});

const settle = (state: ApplyState): ApplyState => {
  if (state.steps.some((s) => s.phase === 'failed')) return { ...state, status: 'failed' };
  if (state.steps.every((s) => s.phase === 'done')) return { ...state, status: 'succeeded' };
  return state;
};

/** The steps of `plan` with the progress of those already done in `state`. */
const resume = (state: ApplyState, plan?: RunPlan): StepProgress[] =>
  (plan ? initialApplyState(plan).steps : state.steps).map((p) => {
    const s = state.steps.find((x) => x.id === p.id);
    return s?.phase === 'done' ? s : { id: p.id, waitReady: p.waitReady, phase: 'pending' };
  });

/**
 * The apply as a state machine: steps run one at a time in plan order; a step is written
 * (created or patched), then, for the CRs, waits for Ready; a failure or a time-out stops
 * the run. `start` begins or retries (with the plan as it is now): finished steps stay done,
 * failed ones run again. Nothing resets a run while it runs.
 */
export const applyReducer = (state: ApplyState, e: ApplyEvent): ApplyState => {
  switch (e.type) {
    case 'reset':
      return state.status === 'running' ? state : initialApplyState(e.plan);
    case 'start':
      if (state.status === 'running' || state.status === 'succeeded') return state;
      return { status: 'running', attempts: state.attempts + 1, steps: resume(state, e.plan) };
    case 'writing':
      return update(state, e.id, (s) => ({ ...s, phase: 'creating', startedAt: e.now }));
    case 'written':
      return settle(
        update(state, e.id, (s) =>
          s.waitReady
            ? { ...s, phase: 'waiting', outcome: e.outcome, generation: e.generation }
            : { ...s, phase: 'done', outcome: e.outcome, endedAt: e.now },
        ),
      );
    case 'progress': {
      // The same report again changes nothing: the state stays the same object.
      const cur = state.steps.find((s) => s.id === e.id);
      if (cur?.reason === e.reason && cur?.message === e.message) return state;
      return update(state, e.id, (s) =>
        s.phase === 'waiting' ? { ...s, reason: e.reason, message: e.message } : s,
      );
    }
    case 'ready':
      return settle(
        update(state, e.id, (s) =>
          s.phase === 'waiting' ? { ...s, phase: 'done', reason: 'Ready', endedAt: e.now } : s,
        ),
      );
    case 'timeout':
      return settle(
        update(state, e.id, (s) =>
          s.phase === 'waiting' ? { ...s, phase: 'failed', error: 'timeout', endedAt: e.now } : s,
        ),
      );
    case 'failed':
      return settle(
        update(state, e.id, (s) => ({
          ...s,
          phase: 'failed',
          error: e.error,
          changes: e.changes,
          endedAt: e.now,
        })),
      );
    default:
      return state;
  }
};

/** The step to write next: none while one is being written or waited on, or when not running. */
export const nextStepToWrite = (state: ApplyState): StepProgress | undefined => {
  if (state.status !== 'running') return undefined;
  if (state.steps.some((s) => s.phase === 'creating' || s.phase === 'waiting')) return undefined;
  return state.steps.find((s) => s.phase === 'pending');
};

export const waitingStep = (state: ApplyState): StepProgress | undefined =>
  state.steps.find((s) => s.phase === 'waiting');

/** Milliseconds a step has taken, or is taking at `now`. */
export const elapsedMs = (s: StepProgress, now: number): number =>
  s.startedAt === undefined ? 0 : (s.endedAt ?? now) - s.startedAt;

type Reported = Parameters<typeof readiness>[0];

/**
 * Whether a written CR is Ready for the generation its write produced, as the Sail operator
 * reports it: `status.observedGeneration` at least that generation and `Ready=True`. An object
 * from before the write (an older generation, or a status for one) is not Ready yet.
 */
export const readyFor = (
  obj: Reported,
  generation: number | undefined,
  kind?: string,
): ReturnType<typeof readiness> => {
  const r = readiness(obj, kind);
  if (!r.ready || generation === undefined) return r;
  const observed = obj?.status?.observedGeneration;
  const current = obj?.metadata?.generation;
  if (observed !== undefined && observed >= generation && (current ?? generation) >= generation) {
    return r;
  }
  return { ready: false, reason: 'ObservedGenerationStale' };
};
