import type { Condition } from '../../k8s/common/types';
import { getCondition, getConditions } from '../../k8s/common/selectors';

export type HealthState = 'Healthy' | 'Unhealthy' | 'Pending' | 'Unknown' | 'Absent';

export type Health = {
  state: HealthState;
  /** `Healthy`, or the reason of the first condition that is not True (as `status.state`). */
  reason: string;
  message?: string;
  /** The condition that decided, when one did. */
  condition?: Condition;
};

type WithStatus = {
  kind?: string;
  metadata?: { generation?: number; deletionTimestamp?: string };
  status?: {
    conditions?: Condition[];
    state?: string;
    observedGeneration?: number;
    istioRevision?: string;
  };
};

/** The condition types the operator reports on each CR, in its order. */
export const EXPECTED_CONDITIONS: Record<string, string[]> = {
  Istio: ['Reconciled', 'Ready', 'DependenciesHealthy'],
  IstioCNI: ['Reconciled', 'Ready'],
  ZTunnel: ['Reconciled', 'Ready'],
  IstioRevisionTag: ['Reconciled', 'InUse'],
};

/**
 * The condition that means "done" per kind: `Ready`, except for an IstioRevisionTag, which has
 * none (sail-operator controllers/istiorevisiontag: `Reconciled`, then `status.istioRevision`).
 */
const READY_CONDITION: Record<string, string> = { IstioRevisionTag: 'Reconciled' };

/**
 * Health of a Sail CR from its conditions, as the operator computes `status.state`: the first
 * condition that is not True gives the reason; all True is Healthy. A status that describes an
 * older generation, or no conditions yet, is Pending.
 */
export const healthOf = (obj: WithStatus | undefined): Health => {
  if (!obj) return { state: 'Absent', reason: 'NotFound' };
  if (obj.metadata?.deletionTimestamp) return { state: 'Pending', reason: 'Deleting' };
  const conditions = getConditions(obj);
  if (!conditions.length) return { state: 'Pending', reason: obj.status?.state || 'Pending' };
  const notTrue = conditions.find((c) => c.status !== 'True');
  if (notTrue) {
    return {
      state: notTrue.status === 'Unknown' ? 'Unknown' : 'Unhealthy',
      reason: notTrue.reason || notTrue.type,
      message: notTrue.message,
      condition: notTrue,
    };
  }
  const { generation } = obj.metadata ?? {};
  const observed = obj.status?.observedGeneration;
  if (generation !== undefined && observed !== undefined && observed < generation) {
    return { state: 'Pending', reason: 'ObservedGenerationStale' };
  }
  return { state: 'Healthy', reason: 'Healthy' };
};

/**
 * Whether the apply may move on: `Ready` (for a tag: `Reconciled` with its revision) is True for
 * the current generation; `kind` when the object does not carry it (list items may not). The live reason
 * while waiting is that of `Ready`, else of the first condition not True.
 */
export const readiness = (
  obj: WithStatus | undefined,
  kind = obj?.kind ?? '',
): { ready: boolean; reason?: string; message?: string } => {
  if (!obj) return { ready: false, reason: 'NotFound' };
  const conditions = getConditions(obj);
  const ready = getCondition(obj, READY_CONDITION[kind] ?? 'Ready');
  const { generation } = obj.metadata ?? {};
  const observed = obj.status?.observedGeneration;
  const current = generation === undefined || observed === undefined || observed >= generation;
  const resolved = kind !== 'IstioRevisionTag' || !!obj.status?.istioRevision;
  if (ready?.status === 'True' && current && resolved) return { ready: true, reason: 'Ready' };
  const blocking =
    ready && ready.status !== 'True' ? ready : conditions.find((c) => c.status !== 'True');
  return {
    ready: false,
    reason: blocking?.reason || (ready && !current ? 'ObservedGenerationStale' : 'Pending'),
    message: blocking?.message,
  };
};

/** Conditions in the operator's order, expected ones first, missing ones as Unknown placeholders. */
export const orderedConditions = (kind: string, conditions: Condition[] = []): Condition[] => {
  const expected = EXPECTED_CONDITIONS[kind] ?? [];
  const known = expected.map(
    (type) => conditions.find((c) => c.type === type) ?? { type, status: 'Unknown' as const },
  );
  return [...known, ...conditions.filter((c) => !expected.includes(c.type))];
};
