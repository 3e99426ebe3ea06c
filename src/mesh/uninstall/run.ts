import { matchesSelector } from '../../k8s/common/labelSelector';
import { getLabels, getName, getNamespace } from '../../k8s/common/selectors';
import { refKey } from './plan';
import type { AnyObject, Ref, Step, UninstallInput } from './types';

/** How long one step may wait for its objects to go before the run stops with the reason. */
export const STEP_TIMEOUT_MS = 3 * 60 * 1000;

export type StepStatus = 'pending' | 'writing' | 'waiting' | 'done' | 'failed';
export type StepState = {
  status: StepStatus;
  /** The API's message, or what was still there at the timeout. */
  error?: string;
  timedOut?: boolean;
  /** When the step's wait began (ms), for its timeout. */
  since?: number;
  /** The write found the object already gone (or nothing left to change). */
  alreadyGone?: boolean;
};
export type RunPhase = 'idle' | 'running' | 'failed' | 'done';
export type RunState = { phase: RunPhase; steps: Step[]; states: Record<string, StepState> };

export type RunAction =
  | { type: 'start'; steps: Step[] }
  | { type: 'writing'; id: string }
  | { type: 'written'; id: string; now: number; alreadyGone: boolean; wait: boolean }
  | { type: 'failed'; id: string; error: string }
  | { type: 'gone'; id: string }
  | { type: 'timeout'; id: string; remaining: string[] }
  | { type: 'retry' };

export const initialRun: RunState = { phase: 'idle', steps: [], states: {} };

const phaseOf = (steps: Step[], states: Record<string, StepState>): RunPhase => {
  if (steps.every((s) => states[s.id]?.status === 'done')) return 'done';
  if (steps.some((s) => states[s.id]?.status === 'failed')) return 'failed';
  return 'running';
};

const set = (s: RunState, id: string, st: StepState): RunState => {
  if (!s.states[id]) return s;
  const states = { ...s.states, [id]: st };
  return { ...s, states, phase: phaseOf(s.steps, states) };
};

/** One write at a time, in order; a failure stops the run; Retry resumes at the failed step. */
export const runReducer = (s: RunState, a: RunAction): RunState => {
  switch (a.type) {
    case 'start': {
      const states = Object.fromEntries(a.steps.map((x) => [x.id, { status: 'pending' as const }]));
      return { steps: a.steps, states, phase: phaseOf(a.steps, states) };
    }
    case 'writing':
      return set(s, a.id, { status: 'writing' });
    case 'written':
      return set(s, a.id, {
        status: a.wait ? 'waiting' : 'done',
        since: a.now,
        ...(a.alreadyGone ? { alreadyGone: true } : {}),
      });
    case 'failed':
      return set(s, a.id, { status: 'failed', error: a.error });
    case 'gone':
      return s.states[a.id]?.status === 'waiting'
        ? set(s, a.id, { ...s.states[a.id], status: 'done' })
        : s;
    case 'timeout':
      return s.states[a.id]?.status === 'waiting'
        ? set(s, a.id, { status: 'failed', timedOut: true, error: a.remaining.join(', ') })
        : s;
    case 'retry': {
      if (s.phase !== 'failed') return s;
      // A failed step starts over: its write again (an object already gone is no error), then its wait.
      const states = Object.fromEntries(
        Object.entries(s.states).map(([id, st]) => [
          id,
          st.status === 'failed' ? { status: 'pending' as const } : st,
        ]),
      );
      return { ...s, states, phase: 'running' };
    }
    default:
      return s;
  }
};

/** The step to act on now: the first one not done, unless the run stopped. */
export const currentStep = (s: RunState): Step | undefined =>
  s.phase === 'running' ? s.steps.find((x) => s.states[x.id]?.status !== 'done') : undefined;

const objectsOf = (input: UninstallInput, kind: Ref['kind']): AnyObject[] =>
  ({
    Namespace: input.namespaces,
    Pod: input.pods,
    Service: input.services,
    Gateway: input.gateways,
    IstioRevisionTag: input.revisionTags,
    ZTunnel: input.ztunnels,
    IstioCNI: input.istioCNIs,
    Istio: input.istios,
  })[kind];

/** The live object a ref names (same name, namespace and, when known, uid). */
export const findLive = (input: UninstallInput, ref: Ref): AnyObject | undefined =>
  objectsOf(input, ref.kind).find(
    (o) =>
      getName(o) === ref.name &&
      getNamespace(o) === (ref.namespace ?? '') &&
      (!ref.uid || o.metadata?.uid === ref.uid),
  );

/**
 * What a delete step still waits for, from the watches: the object itself, the pods that go with
 * it, and for an Istio its IstioRevisions. Empty when all are gone.
 */
export const remainingFor = (step: Step, input: UninstallInput): string[] => {
  if (step.action !== 'delete') return [];
  const out: string[] = [];
  if (findLive(input, step.ref)) out.push(refKey(step.ref));
  if (step.waitPods) {
    const { namespace, labels } = step.waitPods;
    const pods = [...input.pods, ...input.systemObjects.filter((o) => o.kind === 'Pod')].filter(
      (p) =>
        getNamespace(p) === namespace && matchesSelector(getLabels(p), { matchLabels: labels }),
    );
    out.push(...[...new Set(pods.map((p) => `Pod/${namespace}/${getName(p)}`))]);
  }
  if (step.ref.kind === 'Istio' && step.ref.uid) {
    const uid = step.ref.uid;
    out.push(
      ...input.revisions
        .filter((r) => (r.metadata?.ownerReferences ?? []).some((o) => o.uid === uid))
        .map((r) => `IstioRevision/${getName(r)}`),
    );
  }
  return out;
};
