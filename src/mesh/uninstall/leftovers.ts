import { refKey } from './plan';
import type { FoundObject, Inventory } from './types';

export type LeftoverReason = 'kept-by-choice' | 'holds-others' | 'protected' | 'still-there';
export type Leftover = { what: string; reason: LeftoverReason; others?: FoundObject[] };

/**
 * What is left on the cluster after a run, and why: system namespaces the user kept or that hold
 * objects of others, and anything of ambient mode still there (a run that has not finished).
 */
export const leftovers = (inv: Inventory, deleteNamespaces: string[]): Leftover[] => {
  const namespaces: Leftover[] = inv.systemNamespaces.map((n) => {
    const what = `Namespace/${n.name}`;
    if (n.keep === 'protected') return { what, reason: 'protected' };
    if (n.keep === 'others') return { what, reason: 'holds-others', others: n.others };
    if (!deleteNamespaces.includes(n.name)) return { what, reason: 'kept-by-choice' };
    return { what, reason: 'still-there' };
  });
  const still = (what: string): Leftover => ({ what, reason: 'still-there' });
  return [
    ...inv.crs.map((r) => still(refKey(r))),
    ...inv.revisionTags.map((r) => still(refKey(r))),
    ...inv.waypoints.map((r) => still(refKey(r))),
    ...inv.labelTargets.map((t) => still(`${refKey(t.ref)} (${t.keys.join(', ')})`)),
    ...namespaces,
  ];
};
