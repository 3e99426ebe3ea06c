import type { LabelChanges } from '../../k8s/common/labelPatch';
import { USE_WAYPOINT_LABEL, USE_WAYPOINT_NAMESPACE_LABEL } from '../labels';
import { anythingEnrolled } from './inventory';
import { GATEWAY_NAME_LABEL, ZTUNNEL_APP_LABEL } from '../labels';
import type {
  Blocker,
  Inventory,
  PodsOf,
  Ref,
  Step,
  UninstallChoices,
  UninstallPlan,
} from './types';

/** The pods the operator (or istiod, for a waypoint) runs for an object, as their labels name them. */
const podsOf = (r: Ref, inv: Inventory): PodsOf | undefined => {
  const ns = inv.crNamespaces[`${r.kind}/${r.name}`];
  if (r.kind === 'ZTunnel' && ns)
    return { namespace: ns, labels: { [ZTUNNEL_APP_LABEL.key]: ZTUNNEL_APP_LABEL.value } };
  if (r.kind === 'IstioCNI' && ns)
    return { namespace: ns, labels: { 'k8s-app': 'istio-cni-node' } };
  if (r.kind === 'Istio' && ns) return { namespace: ns, labels: { app: 'istiod' } };
  if (r.kind === 'Gateway' && r.namespace)
    return { namespace: r.namespace, labels: { [GATEWAY_NAME_LABEL]: r.name } };
  return undefined;
};

export const refKey = (r: Ref): string =>
  `${r.kind}/${r.namespace ? `${r.namespace}/` : ''}${r.name}`;

const removeAll = (keys: string[]): LabelChanges => Object.fromEntries(keys.map((k) => [k, null]));

const isUseWaypoint = (k: string) => k === USE_WAYPOINT_LABEL || k === USE_WAYPOINT_NAMESPACE_LABEL;

/** The namespaces that will be deleted: asked for and holding nothing but the mesh's objects. */
export const namespacesToDelete = (inv: Inventory, choices: UninstallChoices): string[] =>
  inv.systemNamespaces
    .filter((n) => !n.keep && choices.deleteNamespaces.includes(n.name))
    .map((n) => n.name);

/**
 * The inventory and the user's choices as ordered steps, each one write:
 * 1. `use-waypoint` labels removed (nothing routes to a waypoint any more);
 * 2. the other managed labels removed (ambient enrollment, pod opt-outs, discovery labels), except
 *    on namespaces about to be deleted;
 * 3. waypoints deleted; 4. IstioRevisionTags deleted (no owner: they would stay);
 * 5. ZTunnel, IstioCNI, Istio deleted in that order (the reverse of the install), each waited on
 *    until it and its pods are gone; 6. the chosen namespaces deleted.
 * With `unenroll: false`, anything still enrolled blocks the plan.
 */
export const buildUninstallPlan = (inv: Inventory, choices: UninstallChoices): UninstallPlan => {
  const blockers: Blocker[] = [];
  if (inv.crs.length === 0 && inv.waypoints.length === 0 && inv.labelTargets.length === 0)
    blockers.push('nothing-installed');
  if (!choices.unenroll && anythingEnrolled(inv)) blockers.push('enrolled');
  const doomed = new Set(namespacesToDelete(inv, choices));
  const kept = inv.labelTargets.filter(
    (t) => !doomed.has(t.ref.kind === 'Namespace' ? t.ref.name : (t.ref.namespace ?? '')),
  );
  const unlabel = (pick: (k: string) => boolean, prefix: string): Step[] =>
    kept
      .map((t) => ({ t, keys: t.keys.filter(pick) }))
      .filter(({ keys }) => keys.length > 0)
      .map(({ t, keys }) => ({
        id: `${prefix}:${refKey(t.ref)}`,
        action: 'unlabel' as const,
        ref: t.ref,
        changes: removeAll(keys),
      }));
  const del = (r: Ref): Step => {
    const waitPods = podsOf(r, inv);
    return {
      id: `delete:${refKey(r)}`,
      action: 'delete',
      ref: r,
      ...(waitPods ? { waitPods } : {}),
    };
  };
  const steps: Step[] = [
    ...unlabel(isUseWaypoint, 'use-waypoint'),
    ...unlabel((k) => !isUseWaypoint(k), 'labels'),
    ...inv.waypoints.map(del),
    ...inv.revisionTags.map(del),
    ...inv.crs.map(del),
    ...inv.systemNamespaces
      .filter((n) => doomed.has(n.name))
      .map((n) => del({ kind: 'Namespace', name: n.name, ...(n.uid ? { uid: n.uid } : {}) })),
  ];
  return { steps, blockers };
};
