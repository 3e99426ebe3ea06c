import * as React from 'react';
import type { ZTunnelVersion } from '../../k8s/ztunnel/models';
import type { RunState } from '../../mesh/common/stepRunner';
import { findLive, remainingFor, STEP_TIMEOUT_MS } from '../../mesh/uninstall/run';
import type { Step, UninstallInput } from '../../mesh/uninstall/types';
import { writeStep } from '../../resources/uninstall/steps';
import { useStepRun } from '../common/useStepRun';

export type UninstallRun = {
  state: RunState<Step>;
  start: (steps: Step[]) => void;
  retry: () => void;
};

/**
 * Runs the plan on the shared step runner, fed by the watches: a write, then (for a delete) a wait
 * until the watch shows the object and its pods gone, with a timeout that names what is still
 * there. No polling: the wait ends on a watch event or on the timer.
 */
export const useUninstallRun = (
  input: UninstallInput,
  ztunnelVersion: ZTunnelVersion,
  timeoutMs = STEP_TIMEOUT_MS,
): UninstallRun => {
  const { state, start, resume } = useStepRun<Step>([], {
    // The write, with the object as the watch shows it now.
    write: async (step) => {
      const res = await writeStep(step, findLive(input, step.ref), { ztunnelVersion });
      return { wait: step.action === 'delete', alreadyDone: res === 'gone' };
    },
    // The wait: done when the watches no longer show the object or its pods.
    check: (step) => {
      const remaining = remainingFor(step, input);
      return { done: remaining.length === 0, remaining };
    },
    timeoutMs,
  });
  const retry = React.useCallback(() => resume(), [resume]);
  return { state, start, retry };
};
