import { getAnnotation, getName } from '../../k8s/common/selectors';
import type { PodKind } from '../../k8s/pod/types';
import { hasSidecar, podRedirection } from '../enrollment/podEnrollment';
import { podsOf } from './plan';
import type { Workload } from './types';

/** The annotation `kubectl rollout restart` sets on the pod template. */
export const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';

export type RolloutStatus =
  | { done: true }
  | {
      done: false;
      /** Why it waits, as `kubectl rollout status` words it (the reason key and the numbers). */
      reason:
        | 'spec-not-observed'
        | 'updating'
        | 'old-pending-termination'
        | 'unavailable'
        | 'not-ready'
        | 'revision'
        | 'deadline-exceeded'
        | 'not-rolling-update';
      current?: number;
      desired?: number;
    };

const observed = (generation?: number, observedGeneration?: number): boolean =>
  (generation ?? 0) <= (observedGeneration ?? 0);

// kubectl pkg/polymorphichelpers/rollout_status.go: DeploymentStatusViewer,
// DaemonSetStatusViewer and StatefulSetStatusViewer, in the same order of checks.
/** Whether a workload's rollout is complete, as `kubectl rollout status` decides it. Pure. */
export const rolloutStatus = (w: Workload): RolloutStatus => {
  const gen = w.obj.metadata?.generation;
  if (w.kind === 'Deployment') {
    const { spec, status } = w.obj;
    if (!observed(gen, status?.observedGeneration))
      return { done: false, reason: 'spec-not-observed' };
    const progressing = status?.conditions?.find((c) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded')
      return { done: false, reason: 'deadline-exceeded' };
    const desired = spec?.replicas ?? 1;
    const updated = status?.updatedReplicas ?? 0;
    if (updated < desired) return { done: false, reason: 'updating', current: updated, desired };
    const total = status?.replicas ?? 0;
    if (total > updated)
      return { done: false, reason: 'old-pending-termination', current: total - updated };
    const available = status?.availableReplicas ?? 0;
    if (available < updated)
      return { done: false, reason: 'unavailable', current: available, desired: updated };
    return { done: true };
  }
  if (w.kind === 'DaemonSet') {
    const { spec, status } = w.obj;
    if (spec?.updateStrategy?.type === 'OnDelete')
      return { done: false, reason: 'not-rolling-update' };
    if (!observed(gen, status?.observedGeneration))
      return { done: false, reason: 'spec-not-observed' };
    const desired = status?.desiredNumberScheduled ?? 0;
    const updated = status?.updatedNumberScheduled ?? 0;
    if (updated < desired) return { done: false, reason: 'updating', current: updated, desired };
    const available = status?.numberAvailable ?? 0;
    if (available < desired)
      return { done: false, reason: 'unavailable', current: available, desired };
    return { done: true };
  }
  const { spec, status } = w.obj;
  if (spec?.updateStrategy?.type === 'OnDelete')
    return { done: false, reason: 'not-rolling-update' };
  if (!status?.observedGeneration || !observed(gen, status.observedGeneration))
    return { done: false, reason: 'spec-not-observed' };
  const desired = spec?.replicas ?? 1;
  const ready = status.readyReplicas ?? 0;
  if (ready < desired) return { done: false, reason: 'not-ready', current: ready, desired };
  // kubectl: with a rollingUpdate block (the API server defaults partition to 0), the rollout is
  // complete once enough pods are updated; the revisions are compared only without one
  const rolling = spec?.updateStrategy?.rollingUpdate;
  if (rolling) {
    const target = desired - (rolling.partition ?? 0);
    const updated = status.updatedReplicas ?? 0;
    return rolling.partition !== undefined && updated < target
      ? { done: false, reason: 'updating', current: updated, desired: target }
      : { done: true };
  }
  if (status.updateRevision !== status.currentRevision) {
    return { done: false, reason: 'revision', current: status.updatedReplicas ?? 0, desired };
  }
  return { done: true };
};

/** The pods of a restarted workload that are not yet as the move wants them, with the reason. */
export type PodProblem = { pod: string; problem: 'sidecar' | 'not-captured' | 'old' };

/**
 * After a restart: every live pod of the workload is from the restarted template (its
 * `restartedAt`), and, for the move, without a sidecar and captured by ztunnel
 * (`ambient.istio.io/redirection=enabled`); for a rollback, with a sidecar again.
 */
export const podProblems = (
  w: Workload,
  pods: PodKind[],
  restartedAt: string,
  want: 'ambient' | 'sidecar' = 'ambient',
): PodProblem[] =>
  podsOf(w, pods).flatMap((p): PodProblem[] => {
    const pod = getName(p);
    if (getAnnotation(p, RESTARTED_AT_ANNOTATION) !== restartedAt) return [{ pod, problem: 'old' }];
    if (want === 'sidecar') return hasSidecar(p) ? [] : [{ pod, problem: 'not-captured' }];
    if (hasSidecar(p)) return [{ pod, problem: 'sidecar' }];
    if (podRedirection(p) !== 'enabled') return [{ pod, problem: 'not-captured' }];
    return [];
  });

/** The JSON patch of `kubectl rollout restart`: the pod template's `restartedAt` set to `now`. */
export const restartPatch = (
  w: Workload,
  now: string,
): { op: 'add'; path: string; value: unknown }[] => {
  const annotations = w.obj.spec?.template?.metadata?.annotations;
  if (!w.obj.spec?.template?.metadata)
    return [
      {
        op: 'add',
        path: '/spec/template/metadata',
        value: { annotations: { [RESTARTED_AT_ANNOTATION]: now } },
      },
    ];
  if (!annotations)
    return [
      {
        op: 'add',
        path: '/spec/template/metadata/annotations',
        value: { [RESTARTED_AT_ANNOTATION]: now },
      },
    ];
  return [
    {
      op: 'add',
      path: '/spec/template/metadata/annotations/kubectl.kubernetes.io~1restartedAt',
      value: now,
    },
  ];
};
