import * as React from 'react';
import { errorMessage } from '../../k8s/errors';
import { fieldChanges, type FieldChange } from '../../mesh/install/merge';
import type { UpgradeStep } from '../../mesh/upgrade/plan';
import { writeUpgradeStep } from '../../resources/upgrade/writes';
import { liveOf } from './useUpgradeRun';
import type { UpgradeData } from './useUpgradeData';

export type DryRunResult = { id: string; changes: FieldChange[]; error?: string };
export type DryRunState = { running: boolean; results?: DryRunResult[] };

/**
 * Sends every step's patch with `dryRun=All` (validated and admitted by the server, never
 * stored) and shows what the server's answer changes: old -> new per field.
 */
export const useUpgradeDryRun = (
  data: UpgradeData,
): DryRunState & { run: (steps: UpgradeStep[]) => void; clear: () => void } => {
  const [state, setState] = React.useState<DryRunState>({ running: false });
  const dataRef = React.useRef(data);
  dataRef.current = data;
  const run = React.useCallback((steps: UpgradeStep[]) => {
    setState({ running: true });
    void (async () => {
      const results: DryRunResult[] = [];
      for (const step of steps) {
        const live = liveOf(dataRef.current.install, step);
        try {
          if (!live) throw new Error(`${step.id} not found`);
          const r = await writeUpgradeStep(step, live, dataRef.current.ztunnelVersion, true);
          results.push({ id: step.id, changes: fieldChanges(live.spec, r.object.spec, 'spec') });
        } catch (e) {
          results.push({ id: step.id, changes: [], error: errorMessage(e) });
        }
      }
      setState({ running: false, results });
    })();
  }, []);
  const clear = React.useCallback(() => setState({ running: false }), []);
  return { ...state, run, clear };
};
