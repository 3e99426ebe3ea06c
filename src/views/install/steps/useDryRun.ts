import * as React from 'react';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  namespaceFieldsOf,
  problemsOfError,
  type FieldProblem,
} from '../../../mesh/install/causes';
import { objectChanges, type FieldChange } from '../../../mesh/install/merge';
import { stepPatch, type ReviewedObjects as Basis } from '../../../mesh/install/write';
import type { InstallChoices, InstallPlan } from '../../../mesh/install/types';
import type { ZTunnelVersion } from '../../../k8s/ztunnel/models';
import { writeFor } from '../../../resources/install/writes';

export type DryRun = {
  running: boolean;
  done: boolean;
  problems: FieldProblem[];
  writes: number;
  /** The objects the dry run was computed from, by step id (`null`: absent, to be created). */
  basis: Basis;
  /** Existing objects: the fields the write changes (old -> new), from the server's answer. */
  changes: Record<string, FieldChange[]>;
};

type Obj = K8sResourceCommon & { spec?: unknown };

const IDLE: DryRun = {
  running: false,
  done: false,
  problems: [],
  writes: 0,
  basis: {},
  changes: {},
};

/** What of an object a write may change (labels and spec), as a key that changes with them. */
const contentKey = (o: Obj | undefined) => JSON.stringify([o?.metadata?.labels, o?.spec]);

/**
 * A server-side dry run (`dryRun=All`) of every write of the plan: create when the watched
 * object is absent, else the adopting patch (skipped when nothing differs; the real write adds
 * the resourceVersion guard). The changes to each existing object are the differences between it and the object
 * the server answers. Runs when `enabled` turns on and again whenever the plan, or the labels or
 * spec of an object it writes, change.
 */
export const useDryRun = (
  enabled: boolean,
  plan: InstallPlan,
  choices: InstallChoices,
  ztunnelVersion: ZTunnelVersion,
  existing: Record<string, Obj | undefined>,
): DryRun => {
  const [result, setResult] = React.useState<DryRun>(IDLE);
  const planKey = plan.steps
    .map((s) => JSON.stringify([s.manifest, s.original, contentKey(existing[s.id])]))
    .join('\n');
  const args = React.useRef({ plan, choices, existing });
  args.current = { plan, choices, existing };

  React.useEffect(() => {
    if (!enabled) return undefined;
    let cancelled = false;
    const { plan: p, choices: c, existing: ex } = args.current;
    const nsFields = namespaceFieldsOf(c);
    const basis: Basis = Object.fromEntries(p.steps.map((s) => [s.id, ex[s.id] ?? null]));
    setResult({ ...IDLE, running: true });
    const runs = p.steps.map(async (step) => {
      const w = writeFor(step, ztunnelVersion);
      const current = ex[step.id];
      const ops = current ? stepPatch(step, current) : [];
      const none = { problems: [] as FieldProblem[], changes: [] as FieldChange[] };
      if (current && !ops.length) return { ...none, writes: 0 };
      try {
        if (!current) {
          await w.create(step.manifest, true);
          return { ...none, writes: 1 };
        }
        const after = await w.patch(current, ops, true);
        return { ...none, changes: objectChanges(current, after as Obj), writes: 1 };
      } catch (e) {
        return { ...none, problems: problemsOfError(step, e, nsFields), writes: 1 };
      }
    });
    void Promise.all(runs).then((all) => {
      if (cancelled) return;
      setResult({
        running: false,
        done: true,
        problems: all.flatMap((r) => r.problems),
        writes: all.reduce((n, r) => n + r.writes, 0),
        basis,
        changes: Object.fromEntries(p.steps.map((s, i) => [s.id, all[i].changes])),
      });
    });
    return () => {
      cancelled = true;
    };
  }, [enabled, planKey, ztunnelVersion]);
  return result;
};
