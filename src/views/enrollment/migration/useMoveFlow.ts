import * as React from 'react';
import type { LabelChanges } from '../../../k8s/common/labelPatch';
import { getName } from '../../../k8s/common/selectors';
import { waypointRevision } from '../../../mesh/enrollment/revisions';
import { migrationChecks, type MigrationChecks } from '../../../mesh/migration/checks';
import {
  labelsBefore,
  moveChanges,
  restartTargets,
  type LabelsBefore,
  type RestartTarget,
} from '../../../mesh/migration/plan';
import { moveSteps, rollbackRestartSteps, type Awaiting } from '../../../mesh/migration/steps';
import type { MigrationInput } from '../../../mesh/migration/types';
import { DEFAULT_WAYPOINT_NAME } from '../../../mesh/waypoints/manifest';
import { useIstios } from '../../../resources/istio/hooks';
import { useIstioRevisionTags } from '../../../resources/istiorevisiontag/hooks';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import type { MoveOptions } from './MigrationOptions';
import { useMigrationAccess, type MigrationAccess } from './useMigrationAccess';
import { useMigrationRun, type MigrationRun } from './useMigrationRun';
import { useRollback, type Rollback } from './useRollback';

export type MoveFlow = {
  access: MigrationAccess;
  checks: MigrationChecks;
  targets: RestartTarget[];
  options: MoveOptions;
  setOptions: (o: MoveOptions) => void;
  waypointName: string;
  waypointDenied?: string;
  restartDenied?: string;
  /** Why the move cannot start, if it cannot. */
  startDenied?: string;
  start: () => void;
  started: boolean;
  /** The run shown: the move, or the restarts after a rollback. */
  kind: 'move' | 'rollback';
  run: MigrationRun;
  canRollback: boolean;
  rollback: Rollback;
  /** After a rollback: the workloads to restart so their pods get sidecars again. */
  rollbackTargets: RestartTarget[];
  restartAfterRollback: () => void;
};

/** The move's state: choices, reviews, the run, the rollback. */
export const useMoveFlow = (
  input: MigrationInput,
  describe: (a: Awaiting[]) => string[],
): MoveFlow => {
  const { t } = useAmbientTranslation();
  const name = getName(input.namespace);
  const access = useMigrationAccess(name);
  const checks = React.useMemo(() => migrationChecks(input), [input]);
  const targets = React.useMemo(
    () => restartTargets(input.workloads, input.pods),
    [input.workloads, input.pods],
  );
  const { istios } = useIstios();
  const { tags } = useIstioRevisionTags();
  const revision = waypointRevision(istios, tags);
  const run = useMigrationRun(input, describe, revision);
  const [chosen, setOptions] = React.useState<MoveOptions>();
  const options = React.useMemo(
    () => chosen ?? { waypoint: checks.waypointNeeded, restart: false },
    [chosen, checks.waypointNeeded],
  );
  const [moved, setMoved] = React.useState<{ before: LabelsBefore; applied: LabelChanges }>();
  const [kind, setKind] = React.useState<'move' | 'rollback'>('move');
  const rollback = useRollback(input.namespace, moved?.before, moved?.applied);

  const waypointName = checks.existingWaypoint ?? DEFAULT_WAYPOINT_NAME;
  const creates = options.waypoint && !checks.existingWaypoint;
  const waypointDenied = access.createGateway
    ? undefined
    : t('You may not create Gateways in {{name}}', { name });
  const kinds = [...new Set(targets.map((x) => x.kind))];
  const denied = kinds.filter((k) => access.deniedRestarts.includes(k));
  const restartDenied = denied.length
    ? t('You may not patch {{kinds}} in {{name}}', { kinds: denied.join(', '), name })
    : undefined;
  let startDenied: string | undefined;
  if (!access.labelNamespace)
    startDenied = t('You may not change the labels of namespace {{name}}', { name });
  else if (checks.ambient.state === 'fail') startDenied = t('Ambient is not ready');
  else if (creates && waypointDenied) startDenied = waypointDenied;
  else if (options.restart && restartDenied) startDenied = restartDenied;

  const start = React.useCallback(() => {
    const waypoint = options.waypoint ? waypointName : undefined;
    const applied = moveChanges(input.namespace, waypoint);
    setMoved({ before: labelsBefore(input.namespace), applied });
    setKind('move');
    run.start(
      moveSteps(applied, options.restart ? targets : [], creates ? waypointName : undefined),
    );
  }, [options, waypointName, input.namespace, run, targets, creates]);

  const rollbackTargets = React.useMemo(
    () =>
      rollback.status === 'done' ? restartTargets(input.workloads, input.pods, 'sidecar') : [],
    [rollback.status, input.workloads, input.pods],
  );
  const restartAfterRollback = React.useCallback(() => {
    setKind('rollback');
    run.start(rollbackRestartSteps(rollbackTargets));
  }, [run, rollbackTargets]);

  const labelsWritten = run.state.states.labels?.status === 'done' || rollback.status !== 'idle';
  return {
    access,
    checks,
    targets,
    options,
    setOptions,
    waypointName,
    waypointDenied,
    restartDenied,
    startDenied,
    start,
    started: run.state.status !== 'idle',
    kind,
    run,
    canRollback: !!moved && labelsWritten && run.state.status !== 'running',
    rollback,
    rollbackTargets,
    restartAfterRollback,
  };
};
