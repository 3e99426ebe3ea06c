import * as React from 'react';
import type { RunState } from '../../mesh/common/stepRunner';
import type { FieldChange } from '../../mesh/install/merge';
import { ChangedMeanwhileError } from '../../mesh/install/write';
import {
  revisionFor,
  type UpgradeInstall,
  type UpgradePlan,
  type UpgradeStep,
} from '../../mesh/upgrade/plan';
import { imagesBy, podProgress, type ProgressRow } from '../../mesh/upgrade/progress';
import { podsOfStep, stepWait, UPGRADE_STEP_TIMEOUT_MS } from '../../mesh/upgrade/wait';
import type { IstioKind } from '../../k8s/istio/types';
import type { IstioCNIKind } from '../../k8s/istiocni/types';
import type { IstioRevisionTagKind } from '../../k8s/istiorevisiontag/types';
import type { ZTunnelKind } from '../../k8s/ztunnel/types';
import { getName } from '../../k8s/common/selectors';
import { writeUpgradeStep } from '../../resources/upgrade/writes';
import { useStepRun } from '../common/useStepRun';
import type { UpgradeData } from './useUpgradeData';

export type UpgradeRun = {
  state: RunState<UpgradeStep, FieldChange[]>;
  /** Per step id, its pods' roll (per node, or per istiod pod). */
  rows: Record<string, ProgressRow[]>;
  start: () => void;
};

type Live = IstioKind | ZTunnelKind | IstioCNIKind | IstioRevisionTagKind;

/** The object a step writes, as the watches show it now. */
export const liveOf = (install: UpgradeInstall, step: UpgradeStep): Live | undefined => {
  const { istio, ztunnel, cni, tags } = install;
  if (step.kind === 'Istio') return istio;
  if (step.kind === 'ZTunnel') return ztunnel;
  if (step.kind === 'IstioCNI') return cni;
  return tags.find((t) => getName(t) === step.name);
};

/**
 * Runs the upgrade plan on the shared step runner: one guarded patch at a time, then a wait fed by
 * the watches (never polling) for Ready at the written generation and every pod of the step on the
 * target; a time-out names the condition and the nodes left. Retry (`start` again) resumes at the
 * failed step: done steps stay done, and a step already at the target is not patched again. The
 * images each step's pods ran when it began are kept for the page's old -> new display.
 */
export const useUpgradeRun = (
  plan: UpgradePlan,
  data: UpgradeData,
  timeoutMs = UPGRADE_STEP_TIMEOUT_MS,
): UpgradeRun => {
  const planRef = React.useRef(plan);
  planRef.current = plan;
  const ranRef = React.useRef(plan);
  const dataRef = React.useRef(data);
  dataRef.current = data;
  const before = React.useRef<Record<string, Record<string, string>>>({});
  const revisionRef = React.useRef('');

  const rowsRef = React.useRef<Record<string, ProgressRow[]>>({});
  const run = useStepRun<UpgradeStep, FieldChange[]>(plan.steps, {
    write: async (step) => {
      const d = dataRef.current;
      const { pods, by } = podsOfStep(step, d.pods, revisionRef.current);
      before.current[step.id] ??= imagesBy(pods, by);
      const seen = liveOf(d.install, step);
      if (!seen) throw new Error(`${step.id} not found`);
      const { outcome, generation } = await writeUpgradeStep(step, seen, d.ztunnelVersion);
      return { wait: step.waitReady, outcome, generation };
    },
    check: (step, st) => {
      const r = stepWait(
        step,
        liveOf(data.install, step),
        st.generation,
        rowsRef.current[step.id] ?? [],
        revisionRef.current,
      );
      return { done: r.ready, reason: r.reason, message: r.pending.join(', ') };
    },
    changesOf: (e) => (e instanceof ChangedMeanwhileError ? e.changes : undefined),
    timeoutMs,
  });
  const { state, reset, resume } = run;

  const planKey = plan.steps.map((s) => `${s.id}=${s.to}`).join(',');
  React.useEffect(() => {
    reset(planRef.current.steps);
  }, [planKey, reset]);

  const istio = data.install.istio;
  const to = state.steps[0]?.to ?? '';
  const revision = istio ? revisionFor(istio, to) : '';
  revisionRef.current = revision;

  // Recomputed when a step starts or the pods change, not on every progress event.
  const startedKey = state.steps
    .filter((s) => state.states[s.id]?.status !== 'pending')
    .map((s) => s.id)
    .join(',');
  const rows = React.useMemo(() => {
    const out: Record<string, ProgressRow[]> = {};
    for (const id of startedKey ? startedKey.split(',') : []) {
      const step = state.steps.find((s) => s.id === id);
      if (!step) continue;
      const { pods, by } = podsOfStep(step, data.pods, revision);
      out[id] = podProgress(pods, step.to, before.current[id] ?? {}, by);
    }
    return out;
    // The steps as run change only with a start, which changes `startedKey`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [startedKey, data.pods, revision]);
  rowsRef.current = rows;

  const start = React.useCallback(() => {
    if (ranRef.current !== planRef.current && state.status === 'idle') before.current = {};
    ranRef.current = planRef.current;
    resume(planRef.current.steps);
  }, [state.status, resume]);
  return { state, rows, start };
};
