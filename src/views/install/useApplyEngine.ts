import * as React from 'react';
import {
  applyReducer,
  initialApplyState,
  nextStepToWrite,
  waitingStep,
  type ApplyState,
} from '../../mesh/install/apply';
import { readiness } from '../../mesh/health/health';
import { writeStep } from '../../mesh/install/write';
import type { InstallPlan } from '../../mesh/install/types';
import type { ZTunnelVersion } from '../../k8s/ztunnel/models';
import { errorMessage } from '../../k8s/errors';
import { stepWriter } from '../../resources/install/writes';

export const DEFAULT_READY_TIMEOUT_MS = 3 * 60 * 1000;

type Live = Record<string, Parameters<typeof readiness>[0]>;

export type ApplyEngine = { state: ApplyState; start: () => void };

/**
 * Runs the plan: one write at a time in order, then for each CR a wait for Ready fed by the
 * page's watches (`live`, by step id), never by polling; each wait ends after `timeoutMs` as a
 * failure with the last reason. `start` begins, or retries from what is not done yet.
 */
export const useApplyEngine = (
  plan: InstallPlan,
  ztunnelVersion: ZTunnelVersion,
  live: Live,
  timeoutMs = DEFAULT_READY_TIMEOUT_MS,
): ApplyEngine => {
  const [state, dispatch] = React.useReducer(applyReducer, plan, initialApplyState);
  const planKey = plan.steps.map((s) => JSON.stringify(s.manifest)).join('\n');
  const planRef = React.useRef(plan);
  planRef.current = plan;

  React.useEffect(() => {
    dispatch({ type: 'reset', plan: planRef.current });
  }, [planKey]);

  const next = nextStepToWrite(state);
  const nextId = next?.id;
  React.useEffect(() => {
    const step = planRef.current.steps.find((s) => s.id === nextId);
    if (!step) return;
    dispatch({ type: 'writing', id: step.id, now: Date.now() });
    writeStep(step, stepWriter(step, ztunnelVersion))
      .then((outcome) => dispatch({ type: 'written', id: step.id, outcome, now: Date.now() }))
      .catch((e: unknown) =>
        dispatch({ type: 'failed', id: step.id, error: errorMessage(e), now: Date.now() }),
      );
  }, [nextId, state.attempts, ztunnelVersion]);

  const waiting = waitingStep(state);
  const waitingId = waiting?.id;
  const liveObj = waitingId ? live[waitingId] : undefined;
  React.useEffect(() => {
    if (!waitingId) return;
    const r = readiness(liveObj, waitingId.split('/')[0]);
    if (r.ready) dispatch({ type: 'ready', id: waitingId, now: Date.now() });
    else dispatch({ type: 'progress', id: waitingId, reason: r.reason, message: r.message });
  }, [waitingId, liveObj]);

  React.useEffect(() => {
    if (!waitingId) return undefined;
    const timer = setTimeout(
      () => dispatch({ type: 'timeout', id: waitingId, now: Date.now() }),
      timeoutMs,
    );
    return () => clearTimeout(timer);
  }, [waitingId, timeoutMs, state.attempts]);

  const start = React.useCallback(() => dispatch({ type: 'start', now: Date.now() }), []);
  return { state, start };
};
