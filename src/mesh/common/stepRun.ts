/**
 * A run of ordered steps, one at a time: a write, then (for some steps) a wait on the watches
 * until its effect shows, with a timeout. A failure stops the run; Retry resumes at the failed
 * step and keeps what is done. Pure: the page's hook does the I/O and dispatches.
 */
export type StepStatus = 'pending' | 'writing' | 'waiting' | 'done' | 'failed';
export type StepState = {
  status: StepStatus;
  /** The API's message, or what was still awaited at the timeout. */
  error?: string;
  timedOut?: boolean;
  /** When the step's wait began (ms), for its timeout. */
  since?: number;
  /** The write found nothing to do (the object already gone, or already as wanted). */
  alreadyGone?: boolean;
};
export type RunPhase = 'idle' | 'running' | 'failed' | 'done';
export type RunState<S extends { id: string }> = {
  phase: RunPhase;
  steps: S[];
  states: Record<string, StepState>;
};

export type RunAction<S extends { id: string }> =
  | { type: 'start'; steps: S[] }
  | { type: 'writing'; id: string }
  | { type: 'written'; id: string; now: number; alreadyGone: boolean; wait: boolean }
  | { type: 'failed'; id: string; error: string }
  | { type: 'gone'; id: string }
  | { type: 'timeout'; id: string; remaining: string[] }
  | { type: 'retry' };

export const initialRunOf = <S extends { id: string }>(): RunState<S> => ({
  phase: 'idle',
  steps: [],
  states: {},
});

const phaseOf = (steps: { id: string }[], states: Record<string, StepState>): RunPhase => {
  if (steps.every((s) => states[s.id]?.status === 'done')) return 'done';
  if (steps.some((s) => states[s.id]?.status === 'failed')) return 'failed';
  return 'running';
};

const set = <S extends { id: string }>(s: RunState<S>, id: string, st: StepState): RunState<S> => {
  if (!s.states[id]) return s;
  const states = { ...s.states, [id]: st };
  return { ...s, states, phase: phaseOf(s.steps, states) };
};

/** One write at a time, in order; a failure stops the run; Retry resumes at the failed step. */
export const stepRunReducer = <S extends { id: string }>(
  s: RunState<S>,
  a: RunAction<S>,
): RunState<S> => {
  switch (a.type) {
    case 'start': {
      const states = Object.fromEntries(a.steps.map((x) => [x.id, { status: 'pending' as const }]));
      return { steps: a.steps, states, phase: phaseOf(a.steps, states) };
    }
    case 'writing':
      return set(s, a.id, { status: 'writing' });
    case 'written':
      return set(s, a.id, {
        status: a.wait ? 'waiting' : 'done',
        since: a.now,
        ...(a.alreadyGone ? { alreadyGone: true } : {}),
      });
    case 'failed':
      return set(s, a.id, { status: 'failed', error: a.error });
    case 'gone':
      return s.states[a.id]?.status === 'waiting'
        ? set(s, a.id, { ...s.states[a.id], status: 'done' })
        : s;
    case 'timeout':
      return s.states[a.id]?.status === 'waiting'
        ? set(s, a.id, { status: 'failed', timedOut: true, error: a.remaining.join(', ') })
        : s;
    case 'retry': {
      if (s.phase !== 'failed') return s;
      // A failed step starts over; the caller decides whether its write is needed again.
      const states = Object.fromEntries(
        Object.entries(s.states).map(([id, st]) => [
          id,
          st.status === 'failed' ? { status: 'pending' as const } : st,
        ]),
      );
      return { ...s, states, phase: 'running' };
    }
    default:
      return s;
  }
};

/** The step to act on now: the first one not done, unless the run stopped. */
export const currentStepOf = <S extends { id: string }>(s: RunState<S>): S | undefined =>
  s.phase === 'running' ? s.steps.find((x) => s.states[x.id]?.status !== 'done') : undefined;
