import * as React from 'react';
import type { RunState } from '../../mesh/common/stepRunner';
import type { FieldChange } from '../../mesh/install/merge';
import { readyFor } from '../../mesh/install/ready';
import {
  ChangedMeanwhileError,
  writeStep,
  type ReviewedObjects as Basis,
} from '../../mesh/install/write';
import type { InstallPlan, PlanStep } from '../../mesh/install/types';
import type { ZTunnelVersion } from '../../k8s/ztunnel/models';
import { stepWriter } from '../../resources/install/writes';
import { useStepRun } from '../common/useStepRun';

export const DEFAULT_READY_TIMEOUT_MS = 3 * 60 * 1000;

type Live = Record<string, Parameters<typeof readyFor>[0]>;

type ApplyState = RunState<PlanStep, FieldChange[]>;

export type ApplyEngine = {
  state: ApplyState;
  /** Begins with the objects the review was computed from; without them, retries. */
  start: (basis?: Basis) => void;
};

/**
 * Runs the plan on the shared step runner: one write at a time in order, each computed from, and
 * guarded by, the object the person reviewed (a change made meanwhile stops the step and is shown;
 * Retry writes again from the object as it is now); then for each CR a wait, fed by the page's
 * watches (`live`, by step id, never by polling), for Ready reported for the generation the write
 * produced; each wait ends after `timeoutMs` as a failure with the last reason. The plan is taken
 * at `start`; only a change of the person's edits (`editsKey`) resets the engine, and never while
 * it runs.
 */
export const useApplyEngine = (
  plan: InstallPlan,
  editsKey: string,
  ztunnelVersion: ZTunnelVersion,
  live: Live,
  timeoutMs = DEFAULT_READY_TIMEOUT_MS,
): ApplyEngine => {
  const planRef = React.useRef(plan);
  planRef.current = plan;
  const basisRef = React.useRef<Basis>({});
  const run = useStepRun<PlanStep, FieldChange[]>(plan.steps, {
    write: async (step) => {
      try {
        const { outcome, generation } = await writeStep(
          step,
          stepWriter(step, ztunnelVersion),
          basisRef.current[step.id],
        );
        // Written by this run: a retry of the step recomputes from the object as it is.
        basisRef.current[step.id] = undefined;
        return { wait: step.waitReady, outcome, generation };
      } catch (e) {
        // Seen now: the next attempt is computed from the object as it is.
        if (e instanceof ChangedMeanwhileError) basisRef.current[step.id] = e.current;
        throw e;
      }
    },
    check: (step, st) => {
      const r = readyFor(live[step.id], st.generation, step.kind);
      return { done: r.ready, reason: r.reason, message: r.message };
    },
    changesOf: (e) => (e instanceof ChangedMeanwhileError ? e.changes : undefined),
    timeoutMs,
  });

  const { reset, resume } = run;
  React.useEffect(() => {
    reset(planRef.current.steps);
  }, [editsKey, reset]);

  const start = React.useCallback(
    (basis?: Basis) => {
      if (basis) basisRef.current = { ...basis };
      resume(planRef.current.steps);
    },
    [resume],
  );
  return { state: run.state, start };
};
