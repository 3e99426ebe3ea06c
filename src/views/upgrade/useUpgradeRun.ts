import * as React from 'react';
import {
  applyReducer,
  initialApplyState,
  nextStepToWrite,
  waitingStep,
  type ApplyState,
} from '../../mesh/install/apply';
import { ChangedMeanwhileError } from '../../mesh/install/write';
import {
  revisionFor,
  type UpgradeInstall,
  type UpgradePlan,
  type UpgradeStep,
} from '../../mesh/upgrade/plan';
import { imagesBy, podProgress, type ProgressRow } from '../../mesh/upgrade/progress';
import { podsOfStep, stepWait, UPGRADE_STEP_TIMEOUT_MS } from '../../mesh/upgrade/wait';
import { errorMessage } from '../../k8s/errors';
import type { IstioKind } from '../../k8s/istio/types';
import type { IstioCNIKind } from '../../k8s/istiocni/types';
import type { IstioRevisionTagKind } from '../../k8s/istiorevisiontag/types';
import type { ZTunnelKind } from '../../k8s/ztunnel/types';
import { getName } from '../../k8s/common/selectors';
import { writeUpgradeStep } from '../../resources/upgrade/writes';
import type { UpgradeData } from './useUpgradeData';

export type UpgradeRun = {
  state: ApplyState;
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
 * Runs the upgrade plan with the install's state machine (`applyReducer`): one guarded patch at a
 * time, then a wait fed by the watches (never polling) for Ready at the written generation and
 * every pod of the step on the target; a time-out names the condition and the nodes left. Retry
 * (`start` again) resumes at the failed step: done steps stay done, and a step already at the
 * target is not patched again. The images each step's pods ran when it began are kept for the
 * page's old -> new display.
 */
export const useUpgradeRun = (
  plan: UpgradePlan,
  data: UpgradeData,
  timeoutMs = UPGRADE_STEP_TIMEOUT_MS,
): UpgradeRun => {
  const [state, dispatch] = React.useReducer(applyReducer, plan, initialApplyState);
  const planRef = React.useRef(plan);
  planRef.current = plan;
  const runRef = React.useRef(plan);
  const dataRef = React.useRef(data);
  dataRef.current = data;
  const before = React.useRef<Record<string, Record<string, string>>>({});
  const planKey = plan.steps.map((s) => `${s.id}=${s.to}`).join(',');
  React.useEffect(() => {
    dispatch({ type: 'reset', plan: planRef.current });
  }, [planKey]);

  const istio = data.install.istio;
  const to = runRef.current.steps[0]?.to ?? '';
  const revision = istio ? revisionFor(istio, to) : '';
  const stepOf = (id?: string) => runRef.current.steps.find((s) => s.id === id);

  const next = nextStepToWrite(state);
  const nextId = next?.id;
  React.useEffect(() => {
    const step = stepOf(nextId);
    if (!step) return;
    const d = dataRef.current;
    const { pods, by } = podsOfStep(step, d.pods, revision);
    before.current[step.id] ??= imagesBy(pods, by);
    dispatch({ type: 'writing', id: step.id, now: Date.now() });
    const seen = liveOf(d.install, step);
    if (!seen) {
      dispatch({ type: 'failed', id: step.id, error: `${step.id} not found`, now: Date.now() });
      return;
    }
    writeUpgradeStep(step, seen, d.ztunnelVersion)
      .then(({ outcome, generation }) =>
        dispatch({ type: 'written', id: step.id, outcome, generation, now: Date.now() }),
      )
      .catch((e: unknown) => {
        const changes = e instanceof ChangedMeanwhileError ? e.changes : undefined;
        dispatch({ type: 'failed', id: step.id, error: errorMessage(e), changes, now: Date.now() });
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nextId, state.attempts]);

  // Recomputed when a step starts or the pods change, not on every progress event.
  const startedKey = state.steps
    .filter((s) => s.phase !== 'pending')
    .map((s) => s.id)
    .join(',');
  const rows = React.useMemo(() => {
    const out: Record<string, ProgressRow[]> = {};
    for (const id of startedKey ? startedKey.split(',') : []) {
      const step = stepOf(id);
      if (!step) continue;
      const { pods, by } = podsOfStep(step, data.pods, revision);
      out[id] = podProgress(pods, step.to, before.current[id] ?? {}, by);
    }
    return out;
  }, [startedKey, data.pods, revision]);

  const waiting = waitingStep(state);
  const waitingId = waiting?.id;
  const generation = waiting?.generation;
  const waitingStepDef = stepOf(waitingId);
  const liveObj = waitingStepDef ? liveOf(data.install, waitingStepDef) : undefined;
  const waitingRows = waitingId ? rows[waitingId] : undefined;
  React.useEffect(() => {
    if (!waitingStepDef) return;
    const id = waitingStepDef.id;
    const r = stepWait(waitingStepDef, liveObj, generation, waitingRows ?? [], revision);
    if (r.ready) dispatch({ type: 'ready', id, now: Date.now() });
    else dispatch({ type: 'progress', id, reason: r.reason, message: r.pending.join(', ') });
  }, [waitingStepDef, liveObj, generation, waitingRows, revision]);

  React.useEffect(() => {
    if (!waitingId) return undefined;
    const timer = setTimeout(
      () => dispatch({ type: 'timeout', id: waitingId, now: Date.now() }),
      timeoutMs,
    );
    return () => clearTimeout(timer);
  }, [waitingId, timeoutMs, state.attempts]);

  const start = React.useCallback(() => {
    if (runRef.current !== planRef.current && state.status === 'idle') before.current = {};
    runRef.current = planRef.current;
    dispatch({ type: 'start', now: Date.now(), plan: planRef.current });
  }, [state.status]);
  return { state, rows, start };
};
