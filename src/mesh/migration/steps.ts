import type { LabelChanges } from '../../k8s/common/labelPatch';
import { getName } from '../../k8s/common/selectors';
import type { GatewayKind } from '../../k8s/gateway/types';
import type { PodKind } from '../../k8s/pod/types';
import { waypointStatus } from '../waypoints/status';
import type { RestartTarget } from './plan';
import { podProblems, rolloutStatus, type PodProblem, type RolloutStatus } from './rollout';
import type { Workload } from './types';

/** How long one step may wait for its effect before the run stops with the reason. */
export const MIGRATION_STEP_TIMEOUT_MS = 5 * 60 * 1000;

export type MigrationStep =
  | { id: string; action: 'waypoint'; name: string }
  | { id: string; action: 'labels'; changes: LabelChanges }
  | { id: string; action: 'restart'; target: RestartTarget; want: 'ambient' | 'sidecar' };

/**
 * The move's steps, in upstream's order (istio.io docs ambient/migrate/enable-ambient-mode): the
 * waypoint first and Programmed, then the one label write, then each restart, one at a time.
 */
export const moveSteps = (
  changes: LabelChanges,
  restarts: RestartTarget[],
  waypoint?: string,
): MigrationStep[] => [
  ...(waypoint ? [{ id: 'waypoint', action: 'waypoint' as const, name: waypoint }] : []),
  { id: 'labels', action: 'labels', changes },
  ...restarts.map((target) => ({
    id: `restart:${target.id}`,
    action: 'restart' as const,
    target,
    want: 'ambient' as const,
  })),
];

/** The restarts after a rollback: pods get their sidecars back. */
export const rollbackRestartSteps = (restarts: RestartTarget[]): MigrationStep[] =>
  restarts.map((target) => ({
    id: `restart-back:${target.id}`,
    action: 'restart' as const,
    target,
    want: 'sidecar' as const,
  }));

/** What a waiting step still waits for. */
export type Awaiting =
  | { kind: 'waypoint'; programmed: string; message?: string }
  | { kind: 'rollout'; status: Exclude<RolloutStatus, { done: true }> }
  | { kind: 'pods'; problems: PodProblem[] }
  | { kind: 'missing' };

/** What the restart of a workload left to do. */
export type RestartRecord = { restartedAt: string; generation: number };

/**
 * What a written step still waits for, from the watches (empty: done): a waypoint Programmed; a
 * restart's rollout complete for the generation its patch made, and its pods as wanted.
 */
export const awaiting = (
  step: MigrationStep,
  watched: { gateways: GatewayKind[]; workloads: Workload[]; pods: PodKind[] },
  record?: RestartRecord,
): Awaiting[] => {
  if (step.action === 'labels') return [];
  if (step.action === 'waypoint') {
    const gw = watched.gateways.find((g) => getName(g) === step.name);
    if (!gw) return [{ kind: 'missing' }];
    const st = waypointStatus(gw);
    return st.programmed === 'True'
      ? []
      : [{ kind: 'waypoint', programmed: st.programmed, message: st.message }];
  }
  const w = watched.workloads.find(
    (x) => x.kind === step.target.kind && getName(x.obj) === step.target.name,
  );
  if (!w) return [{ kind: 'missing' }];
  if (!record) return [{ kind: 'rollout', status: { done: false, reason: 'spec-not-observed' } }];
  if ((w.obj.metadata?.generation ?? 0) < record.generation)
    return [{ kind: 'rollout', status: { done: false, reason: 'spec-not-observed' } }];
  const status = rolloutStatus(w);
  if (!status.done) return [{ kind: 'rollout', status }];
  const problems = podProblems(w, watched.pods, record.restartedAt, step.want);
  return problems.length ? [{ kind: 'pods', problems }] : [];
};
