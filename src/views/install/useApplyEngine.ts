import * as React from 'react';
import {
  applyReducer,
  initialApplyState,
  nextStepToWrite,
  readyFor,
  waitingStep,
  type ApplyState,
} from '../../mesh/install/apply';
import {
  ChangedMeanwhileError,
  writeStep,
  type ReviewedObjects as Basis,
} from '../../mesh/install/write';
import type { InstallPlan } from '../../mesh/install/types';
import type { ZTunnelVersion } from '../../k8s/ztunnel/models';
import { errorMessage } from '../../k8s/errors';
import { stepWriter } from '../../resources/install/writes';

export const DEFAULT_READY_TIMEOUT_MS = 3 * 60 * 1000;

type Live = Record<string, Parameters<typeof readyFor>[0]>;

export type ApplyEngine = {
  state: ApplyState;
  /** Begins with the objects the review was computed from; without them, retries. */
  start: (basis?: Basis) => void;
};

/**
 * Runs the plan: one write at a time in order, each computed from, and guarded by, the object
 * the person reviewed (a change made meanwhile stops the step and is shown; Retry writes again
 * from the object as it is now); then for each CR a wait, fed by the page's watches (`live`, by
 * step id, never by polling), for Ready reported for the generation the write produced; each wait
 * ends after `timeoutMs` as a failure with the last reason. The plan is taken at `start`; only a
 * change of the person's edits (`editsKey`) resets the engine, and never while it runs.
 */
export const useApplyEngine = (
  plan: InstallPlan,
  editsKey: string,
  ztunnelVersion: ZTunnelVersion,
  live: Live,
  timeoutMs = DEFAULT_READY_TIMEOUT_MS,
): ApplyEngine => {
  const [state, dispatch] = React.useReducer(applyReducer, plan, initialApplyState);
  const planRef = React.useRef(plan);
  planRef.current = plan;
  const runRef = React.useRef(plan);
  const basisRef = React.useRef<Basis>({});

  React.useEffect(() => {
    dispatch({ type: 'reset', plan: planRef.current });
  }, [editsKey]);

  const next = nextStepToWrite(state);
  const nextId = next?.id;
  React.useEffect(() => {
    const step = runRef.current.steps.find((s) => s.id === nextId);
    if (!step) return;
    dispatch({ type: 'writing', id: step.id, now: Date.now() });
    writeStep(step, stepWriter(step, ztunnelVersion), basisRef.current[step.id])
      .then(({ outcome, generation }) => {
        // Written by this run: a retry of the step recomputes from the object as it is.
        basisRef.current[step.id] = undefined;
        dispatch({ type: 'written', id: step.id, outcome, generation, now: Date.now() });
      })
      .catch((e: unknown) => {
        const changes = e instanceof ChangedMeanwhileError ? e.changes : undefined;
        // Seen now: the next attempt is computed from the object as it is.
        if (e instanceof ChangedMeanwhileError) basisRef.current[step.id] = e.current;
        dispatch({ type: 'failed', id: step.id, error: errorMessage(e), changes, now: Date.now() });
      });
  }, [nextId, state.attempts, ztunnelVersion]);

  const waiting = waitingStep(state);
  const waitingId = waiting?.id;
  const generation = waiting?.generation;
  const liveObj = waitingId ? live[waitingId] : undefined;
  React.useEffect(() => {
    if (!waitingId) return;
    const r = readyFor(liveObj, generation, waitingId.split('/')[0]);
    if (r.ready) dispatch({ type: 'ready', id: waitingId, now: Date.now() });
    else dispatch({ type: 'progress', id: waitingId, reason: r.reason, message: r.message });
  }, [waitingId, liveObj, generation]);

  React.useEffect(() => {
    if (!waitingId) return undefined;
    const timer = setTimeout(
      () => dispatch({ type: 'timeout', id: waitingId, now: Date.now() }),
      timeoutMs,
    );
    return () => clearTimeout(timer);
  }, [waitingId, timeoutMs, state.attempts]);

  const start = React.useCallback((basis?: Basis) => {
    if (basis) basisRef.current = { ...basis };
    runRef.current = planRef.current;
    dispatch({ type: 'start', now: Date.now(), plan: planRef.current });
  }, []);
  return { state, start };
};
