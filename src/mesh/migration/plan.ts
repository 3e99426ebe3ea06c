import type { LabelChanges } from '../../k8s/common/labelPatch';
import { matchesSelector } from '../../k8s/common/labelSelector';
import { getLabels, getName } from '../../k8s/common/selectors';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import { injectionLabelsPresent } from '../enrollment/namespaceEnrollment';
import { hasSidecar } from '../enrollment/podEnrollment';
import {
  AMBIENT,
  DATAPLANE_MODE_LABEL,
  ISTIO_INJECTION_LABEL,
  ISTIO_REV_LABEL,
  USE_WAYPOINT_LABEL,
} from '../labels';
import type { Workload, WorkloadKindName } from './types';

/** A namespace runs sidecars: an injection label, or a pod with `sidecar.istio.io/status`. */
export const runsSidecars = (ns: NamespaceKind, pods: PodKind[]): boolean =>
  injectionLabelsPresent(ns).length > 0 || pods.some(hasSidecar);

const live = (p: PodKind) =>
  !p.metadata?.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';

/** The live pods a workload's selector picks (none for a workload without a selector). */
export const podsOf = (w: Workload, pods: PodKind[]): PodKind[] => {
  const selector = w.obj.spec?.selector;
  if (!selector || (!selector.matchLabels && !selector.matchExpressions)) return [];
  return pods.filter((p) => live(p) && matchesSelector(getLabels(p), selector));
};

export type RestartTarget = { id: string; kind: WorkloadKindName; name: string; pods: string[] };

export const workloadId = (kind: WorkloadKindName, name: string): string => `${kind}/${name}`;

const KIND_ORDER: WorkloadKindName[] = ['Deployment', 'StatefulSet', 'DaemonSet'];

/**
 * The workloads to restart: every Deployment, StatefulSet and DaemonSet whose pods run a sidecar
 * (`want: 'sidecar'`), or after a rollback, whose pods run none (`want: 'ambient'`). Ordered by
 * kind, then name.
 */
export const restartTargets = (
  workloads: Workload[],
  pods: PodKind[],
  want: 'ambient' | 'sidecar' = 'ambient',
): RestartTarget[] =>
  workloads
    .map((w) => ({ w, mine: podsOf(w, pods) }))
    .filter(({ mine }) =>
      want === 'ambient' ? mine.some(hasSidecar) : mine.some((p) => !hasSidecar(p)),
    )
    .map(({ w, mine }) => ({
      id: workloadId(w.kind, getName(w.obj)),
      kind: w.kind,
      name: getName(w.obj),
      pods: mine.map((p) => getName(p)),
    }))
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name),
    );

/**
 * The one label write of the move (istio.io docs ambient/migrate/enable-ambient-mode, steps 1-3
 * at once: waypoint activated, ambient on, injection off): `istio.io/dataplane-mode=ambient`, every
 * injection label removed, and `istio.io/use-waypoint` when a waypoint is to serve the namespace
 * and it names none yet.
 */
export const moveChanges = (ns: NamespaceKind, waypoint?: string): LabelChanges => {
  const labels = getLabels(ns);
  const changes: LabelChanges = { [DATAPLANE_MODE_LABEL]: AMBIENT };
  injectionLabelsPresent(ns).forEach((k) => {
    changes[k] = null;
  });
  if (waypoint && labels[USE_WAYPOINT_LABEL] === undefined) changes[USE_WAYPOINT_LABEL] = waypoint;
  return changes;
};

/** The labels a rollback may need to restore, as they were before the move. */
export type LabelsBefore = Partial<Record<string, string>>;

export const labelsBefore = (ns: NamespaceKind): LabelsBefore => {
  const labels = getLabels(ns);
  return Object.fromEntries(
    [ISTIO_INJECTION_LABEL, ISTIO_REV_LABEL, DATAPLANE_MODE_LABEL, USE_WAYPOINT_LABEL]
      .filter((k) => labels[k] !== undefined)
      .map((k) => [k, labels[k]]),
  );
};

/**
 * The rollback (istio.io docs ambient/migrate/enable-ambient-mode, "Rollback"): the injection
 * labels back exactly as they were, and each label the move set removed (or put back to its old
 * value) only while it still holds what the move wrote; a label someone changed since is left.
 */
export const rollbackChanges = (
  now: NamespaceKind,
  before: LabelsBefore,
  applied: LabelChanges,
): LabelChanges => {
  const labels = getLabels(now);
  const out: LabelChanges = {};
  Object.entries(applied).forEach(([key, wrote]) => {
    const was = before[key] ?? null;
    if (wrote === null) {
      // removed by the move: put back unless someone set it meanwhile
      if (labels[key] === undefined && was !== null) out[key] = was;
      return;
    }
    if (labels[key] === wrote && was !== wrote) out[key] = was;
  });
  return out;
};

/** Labels the move set that someone changed since (the rollback leaves them). */
export const changedSince = (
  now: NamespaceKind,
  applied: LabelChanges,
): { key: string; value: string | null }[] => {
  const labels = getLabels(now);
  return Object.entries(applied)
    .filter(([key, wrote]) => (labels[key] ?? null) !== wrote)
    .map(([key]) => ({ key, value: labels[key] ?? null }));
};
