import * as React from 'react';
import type { RunState } from '../../../mesh/common/stepRunner';
import {
  awaiting,
  MIGRATION_STEP_TIMEOUT_MS,
  type Awaiting,
  type MigrationStep,
  type RestartRecord,
} from '../../../mesh/migration/steps';
import type { MigrationInput } from '../../../mesh/migration/types';
import { writeMigrationStep } from '../../../resources/migration/steps';
import { useStepRun } from '../../common/useStepRun';

export type MigrationRun = {
  state: RunState<MigrationStep>;
  /** What the current wait still waits for. */
  current?: { id: string; awaiting: Awaiting[] };
  start: (steps: MigrationStep[]) => void;
  retry: () => void;
};

/**
 * Runs the move on the shared step runner, fed by the watches: a write, then (waypoint, restarts)
 * a wait until the watches show it done, with a timeout that says what it still waited for. A
 * restart is sent once per workload: Retry after a timeout waits again, after a failed write sends
 * it.
 */
export const useMigrationRun = (
  input: MigrationInput,
  describe: (a: Awaiting[]) => string[],
  revision?: string,
  timeoutMs = MIGRATION_STEP_TIMEOUT_MS,
): MigrationRun => {
  const restarted = React.useRef<Record<string, RestartRecord>>({});
  const run = useStepRun<MigrationStep>([], {
    write: async (step) => {
      const res = await writeMigrationStep(step, {
        namespace: input.namespace,
        workloads: input.workloads,
        revision,
        restarted: restarted.current,
        now: () => new Date(),
      });
      if (res.record) restarted.current = { ...restarted.current, [step.id]: res.record };
      return { wait: step.action !== 'labels', alreadyDone: res.alreadyDone };
    },
    check: (step) => {
      const waits = awaiting(step, input, restarted.current[step.id]);
      return { done: waits.length === 0, remaining: describe(waits) };
    },
    timeoutMs,
  });
  const { state, resume, start: startRun } = run;

  const start = React.useCallback(
    (steps: MigrationStep[]) => {
      restarted.current = {};
      startRun(steps);
    },
    [startRun],
  );
  const retry = React.useCallback(() => resume(), [resume]);
  const waiting = state.steps.find((s) => state.states[s.id]?.status === 'waiting');
  const current = waiting
    ? { id: waiting.id, awaiting: awaiting(waiting, input, restarted.current[waiting.id]) }
    : undefined;
  return { state, current, start, retry };
};
