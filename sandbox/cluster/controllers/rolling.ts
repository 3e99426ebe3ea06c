/**
 * What the workload controllers share: the context they run in, and `intstr` scaling as upstream's
 * `intstr.GetScaledValueFromIntOrPercent` (a percentage of `total`, rounded up or down).
 */
import type { ResourceType } from '../api/registry';
import type { Dict, KObj } from '../api/types';
import type { Runtime } from './runtime';

export interface WorkloadContext {
  rt: Runtime;
  pods: () => ResourceType;
  nodes: () => KObj[];
  /** The live (not terminating) pods whose controller is `owner`. */
  podsOwnedBy: (owner: KObj) => KObj[];
  /** A pod from `template` owned by `owner`, named `<prefix>-<suffix>` unless `name` is given. */
  newPod: (
    owner: KObj,
    template: Dict,
    prefix: string,
    extraLabels: Record<string, string>,
    opts?: { nodeName?: string; name?: string },
  ) => KObj;
  /** The templates of an owner's revisions by name (what ControllerRevisions hold upstream). */
  revisions: (owner: KObj) => Map<string, unknown>;
}

export const scaledValue = (v: unknown, total: number, roundUp: boolean): number => {
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(String(v ?? ''));
  if (!m) return Number(v) || 0;
  const raw = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(raw) : Math.floor(raw);
};

/** Creation order, oldest first (name breaks ties, as upstream's sort by timestamp then name). */
export const byAge = (a: KObj, b: KObj): number =>
  String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)) ||
  String(a.metadata.name).localeCompare(String(b.metadata.name));
