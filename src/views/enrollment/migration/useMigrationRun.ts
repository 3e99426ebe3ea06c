import * as React from 'react';
import { errorMessage } from '../../../k8s/errors';
import {
  currentStepOf,
  initialRunOf,
  stepRunReducer,
  type RunAction,
  type RunState,
} from '../../../mesh/common/stepRun';
import {
  awaiting,
  MIGRATION_STEP_TIMEOUT_MS,
  type Awaiting,
  type MigrationStep,
  type RestartRecord,
} from '../../../mesh/migration/steps';
import type { MigrationInput } from '../../../mesh/migration/types';
import { writeMigrationStep } from '../../../resources/migration/steps';

export type MigrationRun = {
  state: RunState<MigrationStep>;
  /** What the current wait still waits for. */
  current?: { id: string; awaiting: Awaiting[] };
  start: (steps: MigrationStep[]) => void;
  retry: () => void;
};

type Reducer = (s: RunState<MigrationStep>, a: RunAction<MigrationStep>) => RunState<MigrationStep>;

/**
 * Runs the move one step at a time, fed by the watches: a write, then (waypoint, restarts) a wait
 * until the watches show it done, with a timeout that says what it still waited for. A restart
 * is sent once per workload: Retry after a timeout waits again, after a failed write sends it.
 */
export const useMigrationRun = (
  input: MigrationInput,
  describe: (a: Awaiting[]) => string[],
  revision?: string,
  timeoutMs = MIGRATION_STEP_TIMEOUT_MS,
): MigrationRun => {
  const [state, dispatch] = React.useReducer<Reducer>(stepRunReducer, initialRunOf());
  const restarted = React.useRef<Record<string, RestartRecord>>({});
  const step = currentStepOf(state);
  const status = step ? state.states[step.id]?.status : undefined;
  const waits =
    step && status === 'waiting' ? awaiting(step, input, restarted.current[step.id]) : [];
  const waitsRef = React.useRef(waits);
  waitsRef.current = waits;
  const inputRef = React.useRef(input);
  inputRef.current = input;

  React.useEffect(() => {
    if (!step || status !== 'pending') return;
    dispatch({ type: 'writing', id: step.id });
    writeMigrationStep(step, {
      namespace: inputRef.current.namespace,
      workloads: inputRef.current.workloads,
      revision,
      restarted: restarted.current,
      now: () => new Date(),
    })
      .then((res) => {
        if (res.record) restarted.current = { ...restarted.current, [step.id]: res.record };
        dispatch({
          type: 'written',
          id: step.id,
          now: Date.now(),
          alreadyGone: res.alreadyDone,
          wait: step.action !== 'labels',
        });
      })
      .catch((e) => dispatch({ type: 'failed', id: step.id, error: errorMessage(e) }));
  }, [step, status, revision]);

  const waitingDone = !!step && status === 'waiting' && waits.length === 0;
  React.useEffect(() => {
    if (step && waitingDone) dispatch({ type: 'gone', id: step.id });
  }, [step, waitingDone]);

  const since = step ? state.states[step.id]?.since : undefined;
  const describeRef = React.useRef(describe);
  describeRef.current = describe;
  React.useEffect(() => {
    if (!step || status !== 'waiting' || since === undefined) return undefined;
    const timer = setTimeout(
      () =>
        dispatch({
          type: 'timeout',
          id: step.id,
          remaining: describeRef.current(waitsRef.current),
        }),
      Math.max(0, since + timeoutMs - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [step, status, since, timeoutMs]);

  const start = React.useCallback((steps: MigrationStep[]) => {
    restarted.current = {};
    dispatch({ type: 'start', steps });
  }, []);
  const retry = React.useCallback(() => dispatch({ type: 'retry' }), []);
  return {
    state,
    current: step && status === 'waiting' ? { id: step.id, awaiting: waits } : undefined,
    start,
    retry,
  };
};
