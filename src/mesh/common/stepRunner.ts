/**
 * The one step runner of the install, the upgrade, the uninstall and the move to ambient: ordered
 * steps, one at a time, each a write and then (when the write says so) a wait on the watches until
 * its effect shows, with a timeout. A failure stops the run; `resume` continues at the failed step
 * and never repeats a finished one. Pure: `views/common/useStepRun` does the I/O and dispatches.
 */
export type StepStatus = 'pending' | 'writing' | 'waiting' | 'done' | 'failed';
export type RunStatus = 'idle' | 'running' | 'failed' | 'succeeded';
/** What a write did: created, patched, found as wanted (`unchanged`). */
export type WriteOutcome = 'created' | 'patched' | 'unchanged';

/** One step's progress; `X` is what a flow keeps about a write stopped before writing. */
export type StepState<X = unknown> = {
  id: string;
  status: StepStatus;
  /** The live reason and message while waiting, or the last ones at a failure. */
  reason?: string;
  message?: string;
  /** The API's message, or at a timeout what was still awaited. */
  error?: string;
  timedOut?: boolean;
  outcome?: WriteOutcome;
  /** The write found nothing to do (the object already gone, already there, already restarted). */
  alreadyDone?: boolean;
  /** The generation the write produced: Ready counts only once reported for it. */
  generation?: number;
  /** What had changed meanwhile when the write stopped before writing. */
  changes?: X;
  /** When the write began, when the wait began (for the timeout), when the step ended (ms). */
  startedAt?: number;
  since?: number;
  endedAt?: number;
};

export type RunState<S extends { id: string }, X = unknown> = {
  status: RunStatus;
  /** The steps as run (the plan taken at the last start or resume). */
  steps: S[];
  states: Record<string, StepState<X>>;
  /** How many times the run was started or resumed. */
  attempts: number;
};

export type RunEvent<S extends { id: string }, X = unknown> =
  /** Idle again with these steps, all pending; ignored while running. */
  | { type: 'reset'; steps: S[] }
  /** A new run of these steps, all pending; ignored while running. */
  | { type: 'start'; steps: S[] }
  /** Begins, or continues after a failure: done steps stay done; `steps`, the plan as it is now. */
  | { type: 'resume'; steps?: S[] }
  | { type: 'writing'; id: string; now: number }
  | {
      type: 'written';
      id: string;
      now: number;
      wait: boolean;
      outcome?: WriteOutcome;
      generation?: number;
      alreadyDone?: boolean;
    }
  | { type: 'failed'; id: string; error: string; changes?: X; now: number }
  | { type: 'progress'; id: string; reason?: string; message?: string }
  | { type: 'ready'; id: string; now: number }
  | { type: 'timeout'; id: string; now: number; remaining?: string[] };

const pending = <X>(id: string): StepState<X> => ({ id, status: 'pending' });

const statesOf = <X>(steps: { id: string }[], keep: Record<string, StepState<X>> = {}) =>
  Object.fromEntries(
    steps.map((s) => [s.id, keep[s.id]?.status === 'done' ? keep[s.id] : pending<X>(s.id)]),
  );

export const initialRun = <S extends { id: string }, X = unknown>(steps: S[]): RunState<S, X> => ({
  status: 'idle',
  steps,
  states: statesOf<X>(steps),
  attempts: 0,
});

const settle = <S extends { id: string }, X>(s: RunState<S, X>): RunState<S, X> => {
  const st = s.steps.map((x) => s.states[x.id]?.status);
  if (st.some((x) => x === 'failed')) return { ...s, status: 'failed' };
  if (st.every((x) => x === 'done')) return { ...s, status: 'succeeded' };
  return { ...s, status: 'running' };
};

/** `f` applied to the step `id` of a running run; anything else is a stray event. */
const update = <S extends { id: string }, X>(
  s: RunState<S, X>,
  id: string,
  f: (st: StepState<X>) => StepState<X> | undefined,
): RunState<S, X> => {
  const cur = s.states[id];
  const next = cur && s.status === 'running' ? f(cur) : undefined;
  if (!next || next === cur) return s;
  return settle({ ...s, states: { ...s.states, [id]: next } });
};

/** One write at a time in order; a failure stops the run; `resume` continues at the failed step. */
export const stepRunner = <S extends { id: string }, X = unknown>(
  s: RunState<S, X>,
  e: RunEvent<S, X>,
): RunState<S, X> => {
  switch (e.type) {
    case 'reset':
      return s.status === 'running' ? s : initialRun<S, X>(e.steps);
    case 'start':
      if (s.status === 'running') return s;
      return settle({
        status: 'running',
        steps: e.steps,
        states: statesOf<X>(e.steps),
        attempts: s.attempts + 1,
      });
    case 'resume': {
      if (s.status !== 'idle' && s.status !== 'failed') return s;
      const steps = e.steps ?? s.steps;
      const states = statesOf(steps, s.states);
      return settle({ status: 'running', steps, states, attempts: s.attempts + 1 });
    }
    case 'writing':
      return update(s, e.id, () => ({ id: e.id, status: 'writing', startedAt: e.now }));
    case 'written':
      return update(s, e.id, (st) => ({
        ...st,
        status: e.wait ? 'waiting' : 'done',
        outcome: e.outcome,
        generation: e.generation,
        ...(e.alreadyDone ? { alreadyDone: true } : {}),
        since: e.now,
        ...(e.wait ? {} : { endedAt: e.now }),
      }));
    case 'failed':
      return update(s, e.id, (st) => ({
        ...st,
        status: 'failed',
        error: e.error,
        changes: e.changes,
        endedAt: e.now,
      }));
    case 'progress':
      // The same report again changes nothing: the state stays the same object.
      return update(s, e.id, (st) =>
        st.status !== 'waiting' || (st.reason === e.reason && st.message === e.message)
          ? st
          : { ...st, reason: e.reason, message: e.message },
      );
    case 'ready':
      return update(s, e.id, (st) =>
        st.status === 'waiting' ? { ...st, status: 'done', endedAt: e.now } : st,
      );
    case 'timeout':
      return update(s, e.id, (st) =>
        st.status === 'waiting'
          ? {
              ...st,
              status: 'failed',
              timedOut: true,
              error: e.remaining?.join(', '),
              endedAt: e.now,
            }
          : st,
      );
    default:
      return s;
  }
};

/** The step to act on now: the first one not done, while the run runs. */
export const currentStep = <S extends { id: string }, X>(s: RunState<S, X>): S | undefined =>
  s.status === 'running' ? s.steps.find((x) => s.states[x.id]?.status !== 'done') : undefined;

/** Each step's progress, in the order of the steps. */
export const progressOf = <S extends { id: string }, X>(s: RunState<S, X>): StepState<X>[] =>
  s.steps.map((x) => s.states[x.id] ?? pending<X>(x.id));

/** Milliseconds a step has taken, or is taking at `now`. */
export const elapsedMs = (s: StepState<unknown>, now: number): number =>
  s.startedAt === undefined ? 0 : (s.endedAt ?? now) - s.startedAt;
