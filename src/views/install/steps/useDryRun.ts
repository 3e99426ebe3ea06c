import * as React from 'react';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  namespaceFieldsOf,
  problemsOfError,
  type FieldProblem,
} from '../../../mesh/install/causes';
import { stepPatch } from '../../../mesh/install/write';
import type { InstallChoices, InstallPlan } from '../../../mesh/install/types';
import type { ZTunnelVersion } from '../../../k8s/ztunnel/models';
import { writeFor } from '../../../resources/install/writes';

export type DryRun = { running: boolean; done: boolean; problems: FieldProblem[]; writes: number };

/**
 * A server-side dry run (`dryRun=All`) of every write of the plan: create when the watched
 * object is absent, else the adopting patch (skipped when nothing differs). Runs when `enabled`
 * turns on and again whenever the plan changes.
 */
export const useDryRun = (
  enabled: boolean,
  plan: InstallPlan,
  choices: InstallChoices,
  ztunnelVersion: ZTunnelVersion,
  existing: Record<string, K8sResourceCommon | undefined>,
): DryRun => {
  const [result, setResult] = React.useState<DryRun>({
    running: false,
    done: false,
    problems: [],
    writes: 0,
  });
  const planKey = plan.steps.map((s) => JSON.stringify(s.manifest)).join('\n');
  const args = React.useRef({ plan, choices, existing });
  args.current = { plan, choices, existing };

  React.useEffect(() => {
    if (!enabled) return undefined;
    let cancelled = false;
    const { plan: p, choices: c, existing: ex } = args.current;
    const nsFields = namespaceFieldsOf(c);
    setResult({ running: true, done: false, problems: [], writes: 0 });
    const runs = p.steps.map(async (step) => {
      const w = writeFor(step, ztunnelVersion);
      const current = ex[step.id];
      const ops = current ? stepPatch(step, current) : [];
      if (current && !ops.length) return { problems: [] as FieldProblem[], writes: 0 };
      try {
        await (current ? w.patch(current, ops, true) : w.create(step.manifest, true));
        return { problems: [] as FieldProblem[], writes: 1 };
      } catch (e) {
        return { problems: problemsOfError(step, e, nsFields), writes: 1 };
      }
    });
    void Promise.all(runs).then((all) => {
      if (cancelled) return;
      setResult({
        running: false,
        done: true,
        problems: all.flatMap((r) => r.problems),
        writes: all.reduce((n, r) => n + r.writes, 0),
      });
    });
    return () => {
      cancelled = true;
    };
  }, [enabled, planKey, ztunnelVersion]);
  return result;
};
