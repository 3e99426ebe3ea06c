import * as React from 'react';
import { errorMessage } from '../../k8s/errors';
import type { ZTunnelVersion } from '../../k8s/ztunnel/models';
import {
  currentStep,
  findLive,
  initialRun,
  remainingFor,
  runReducer,
  STEP_TIMEOUT_MS,
  type RunState,
} from '../../mesh/uninstall/run';
import type { Step, UninstallInput } from '../../mesh/uninstall/types';
import { writeStep } from '../../resources/uninstall/steps';

export type UninstallRun = {
  state: RunState;
  start: (steps: Step[]) => void;
  retry: () => void;
};

/**
 * Runs the plan one step at a time, fed by the watches: a write, then (for a delete) a wait until
 * the watch shows the object and its pods gone, with a timeout that names what is still there.
 * No polling: the wait ends on a watch event or on the timer.
 */
export const useUninstallRun = (
  input: UninstallInput,
  ztunnelVersion: ZTunnelVersion,
  timeoutMs = STEP_TIMEOUT_MS,
): UninstallRun => {
  const [state, dispatch] = React.useReducer(runReducer, initialRun);
  const step = currentStep(state);
  const status = step ? state.states[step.id]?.status : undefined;
  const remaining = step && status === 'waiting' ? remainingFor(step, input) : [];
  const remainingRef = React.useRef(remaining);
  remainingRef.current = remaining;
  const inputRef = React.useRef(input);
  inputRef.current = input;

  // The write of a pending step, with the object as the watch shows it now.
  React.useEffect(() => {
    if (!step || status !== 'pending') return;
    dispatch({ type: 'writing', id: step.id });
    writeStep(step, findLive(inputRef.current, step.ref), { ztunnelVersion })
      .then((res) =>
        dispatch({
          type: 'written',
          id: step.id,
          now: Date.now(),
          alreadyGone: res === 'gone',
          wait: step.action === 'delete',
        }),
      )
      .catch((e) => dispatch({ type: 'failed', id: step.id, error: errorMessage(e) }));
  }, [step, status, ztunnelVersion]);

  // The wait: done when the watches no longer show the object or its pods.
  const waitingDone = !!step && status === 'waiting' && remaining.length === 0;
  React.useEffect(() => {
    if (step && waitingDone) dispatch({ type: 'gone', id: step.id });
  }, [step, waitingDone]);

  // The timeout of a wait, with what is still there at that moment.
  const since = step ? state.states[step.id]?.since : undefined;
  React.useEffect(() => {
    if (!step || status !== 'waiting' || since === undefined) return undefined;
    const timer = setTimeout(
      () => dispatch({ type: 'timeout', id: step.id, remaining: remainingRef.current }),
      Math.max(0, since + timeoutMs - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [step, status, since, timeoutMs]);

  const start = React.useCallback((steps: Step[]) => dispatch({ type: 'start', steps }), []);
  const retry = React.useCallback(() => dispatch({ type: 'retry' }), []);
  return { state, start, retry };
};
