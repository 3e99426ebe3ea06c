import * as React from 'react';
import { errorMessage } from '../../k8s/errors';
import type { ZTunnelVersion } from '../../k8s/ztunnel/models';
import { findLive } from '../../mesh/uninstall/run';
import type { Step, UninstallInput } from '../../mesh/uninstall/types';
import { writeStep } from '../../resources/uninstall/steps';

export type DryRunResult = { id: string; error?: string };
export type DryRunState = { running: boolean; results?: DryRunResult[] };

/** Sends every step's write with `dryRun=All` (validated and authorized, never stored). */
export const useUninstallDryRun = (
  input: UninstallInput,
  ztunnelVersion: ZTunnelVersion,
): DryRunState & { run: (steps: Step[]) => void; clear: () => void } => {
  const [state, setState] = React.useState<DryRunState>({ running: false });
  const inputRef = React.useRef(input);
  inputRef.current = input;
  const run = React.useCallback(
    (steps: Step[]) => {
      setState({ running: true });
      void (async () => {
        const results: DryRunResult[] = [];
        for (const step of steps) {
          try {
            await writeStep(step, findLive(inputRef.current, step.ref), {
              ztunnelVersion,
              dryRun: true,
            });
            results.push({ id: step.id });
          } catch (e) {
            results.push({ id: step.id, error: errorMessage(e) });
          }
        }
        setState({ running: false, results });
      })();
    },
    [ztunnelVersion],
  );
  const clear = React.useCallback(() => setState({ running: false }), []);
  return { ...state, run, clear };
};
