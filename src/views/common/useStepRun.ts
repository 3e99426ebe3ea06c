import * as React from 'react';
import { errorMessage } from '../../k8s/errors';
import {
  currentStep,
  initialRun,
  stepRunner,
  type RunEvent,
  type RunState,
  type StepState,
  type WriteOutcome,
} from '../../mesh/common/stepRunner';

/** What a step's write did, and whether a wait on the watches follows it. */
export type Written = {
  wait: boolean;
  outcome?: WriteOutcome;
  generation?: number;
  alreadyDone?: boolean;
};

/** Where a step's wait stands, from the watches: done, or what it still waits for. */
export type WaitCheck = {
  done: boolean;
  reason?: string;
  message?: string;
  /** What is still awaited, named in the failure when the wait times out. */
  remaining?: string[];
};

export type StepRunFlow<S extends { id: string }, X> = {
  /** Writes one step (throws on failure); called once per attempt of the step. */
  write: (step: S) => Promise<Written>;
  /** The wait of the step being waited on, from the watches as they are at the last render. */
  check: (step: S, state: StepState<X>) => WaitCheck;
  /** How long one wait may take. */
  timeoutMs: number;
  /** What a failed write keeps beside its message (what changed meanwhile). */
  changesOf?: (e: unknown) => X | undefined;
};

export type StepRun<S extends { id: string }, X> = {
  state: RunState<S, X>;
  /** A new run of these steps. */
  start: (steps: S[]) => void;
  /** Begins or continues at the failed step (with the plan as it is now, when given). */
  resume: (steps?: S[]) => void;
  /** Idle again with these steps (ignored while the run runs). */
  reset: (steps: S[]) => void;
};

type Reducer<S extends { id: string }, X> = (
  s: RunState<S, X>,
  e: RunEvent<S, X>,
) => RunState<S, X>;

/**
 * Drives the step runner: writes the current step when it is pending, checks its wait on every
 * render (fed by the page's watches, never by polling), ends the wait at `timeoutMs` after it began
 * with what is still awaited. Results that come back after the page is gone are dropped.
 */
export const useStepRun = <S extends { id: string }, X = unknown>(
  initialSteps: S[],
  flow: StepRunFlow<S, X>,
): StepRun<S, X> => {
  const [state, dispatch] = React.useReducer<Reducer<S, X>, S[]>(
    stepRunner,
    initialSteps,
    initialRun,
  );
  const flowRef = React.useRef(flow);
  flowRef.current = flow;
  const alive = React.useRef(true);
  React.useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const send = React.useCallback((e: RunEvent<S, X>) => {
    if (alive.current) dispatch(e);
  }, []);

  const step = currentStep(state);
  const st = step ? state.states[step.id] : undefined;
  const id = step?.id;
  const status = st?.status;

  // The write of a pending step: one per attempt.
  React.useEffect(() => {
    if (!step || status !== 'pending') return;
    dispatch({ type: 'writing', id: step.id, now: Date.now() });
    flowRef.current
      .write(step)
      .then((w) => send({ type: 'written', id: step.id, now: Date.now(), ...w }))
      .catch((e: unknown) =>
        send({
          type: 'failed',
          id: step.id,
          error: errorMessage(e),
          changes: flowRef.current.changesOf?.(e),
          now: Date.now(),
        }),
      );
    // The step object may be rebuilt on a render; its id, status and the attempt name the write.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, status, state.attempts, send]);

  // The wait, checked after every render while it lasts (the watches feed the renders): done, or
  // its live reason; the same reason again leaves the state as it is.
  const checkRef = React.useRef<WaitCheck>();
  React.useEffect(() => {
    checkRef.current =
      step && st?.status === 'waiting' ? flowRef.current.check(step, st) : undefined;
    const check = checkRef.current;
    if (!step || !check) return;
    if (check.done) dispatch({ type: 'ready', id: step.id, now: Date.now() });
    else dispatch({ type: 'progress', id: step.id, reason: check.reason, message: check.message });
  });

  // The timeout of a wait, naming what is still awaited at that moment.
  const since = status === 'waiting' ? st?.since : undefined;
  const { timeoutMs } = flow;
  React.useEffect(() => {
    if (!id || since === undefined) return undefined;
    const timer = setTimeout(
      () =>
        dispatch({ type: 'timeout', id, now: Date.now(), remaining: checkRef.current?.remaining }),
      Math.max(0, since + timeoutMs - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [id, since, timeoutMs]);

  const start = React.useCallback((steps: S[]) => dispatch({ type: 'start', steps }), []);
  const resume = React.useCallback((steps?: S[]) => dispatch({ type: 'resume', steps }), []);
  const reset = React.useCallback((steps: S[]) => dispatch({ type: 'reset', steps }), []);
  return { state, start, resume, reset };
};
