/** Condition helpers shared by the simulated operators. */
import { asDict, nowISO, type Condition, type KObj } from '../api/types';

export const conditionsOf = (o: KObj | undefined): Condition[] =>
  (asDict(o?.status).conditions as Condition[] | undefined) ?? [];

/** Keeps lastTransitionTime when a condition's status did not change. */
export const mergeConditions = (prev: Condition[], next: Condition[]): Condition[] => {
  const now = nowISO();
  return next.map((c) => {
    const p = prev.find((x) => x.type === c.type);
    const out: Condition = {
      type: c.type,
      status: c.status,
      lastTransitionTime: p && p.status === c.status ? p.lastTransitionTime : now,
    };
    if (c.reason) out.reason = c.reason;
    if (c.message) out.message = c.message;
    return out;
  });
};

export const stateOf = (conds: Condition[]): string =>
  conds.find((c) => c.status !== 'True')?.reason ?? 'Healthy';

export const isTrue = (o: KObj | undefined, type: string): boolean =>
  conditionsOf(o).some((c) => c.type === type && c.status === 'True');
