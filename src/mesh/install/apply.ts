import type { InstallPlan } from './types';

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
  startedAt?: number;
  endedAt?: number;
};

export type ApplyStatus = 'idle' | 'running' | 'failed' | 'succeeded';

export type ApplyState = { status: ApplyStatus; steps: StepProgress[]; attempts: number };

export type ApplyEvent =
  | { type: 'start'; now: number }
  | { type: 'writing'; id: string; now: number }
  | { type: 'written'; id: string; outcome: WriteOutcome; now: number }
  | { type: 'progress'; id: string; reason?: string; message?: string }
  | { type: 'ready'; id: string; now: number }
  | { type: 'timeout'; id: string; now: number }
  | { type: 'failed'; id: string; error: string; now: number }
  | { type: 'reset'; plan: InstallPlan };

export const initialApplyState = (plan: InstallPlan): ApplyState => ({
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

/**
 * The apply as a state machine: steps run one at a time in plan order; a step is written
 * (created or patched), then, for the CRs, waits for Ready; a failure or a time-out stops
 * the run. `start` begins or retries: finished steps stay done, failed ones run again.
 */
export const applyReducer = (state: ApplyState, e: ApplyEvent): ApplyState => {
  switch (e.type) {
    case 'reset':
      return initialApplyState(e.plan);
    case 'start':
      if (state.status === 'running' || state.status === 'succeeded') return state;
      return {
        status: 'running',
        attempts: state.attempts + 1,
        steps: state.steps.map((s) =>
          s.phase === 'done' ? s : { id: s.id, waitReady: s.waitReady, phase: 'pending' },
        ),
      };
    case 'writing':
      return update(state, e.id, (s) => ({ ...s, phase: 'creating', startedAt: e.now }));
    case 'written':
      return settle(
        update(state, e.id, (s) =>
          s.waitReady
            ? { ...s, phase: 'waiting', outcome: e.outcome }
            : { ...s, phase: 'done', outcome: e.outcome, endedAt: e.now },
        ),
      );
    case 'progress':
      return update(state, e.id, (s) =>
        s.phase === 'waiting' ? { ...s, reason: e.reason, message: e.message } : s,
      );
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
        update(state, e.id, (s) => ({ ...s, phase: 'failed', error: e.error, endedAt: e.now })),
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
