import { getName } from '../../k8s/common/selectors';
import { httpStatus } from '../../k8s/errors';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { RestartRecord, MigrationStep } from '../../mesh/migration/steps';
import type { Workload } from '../../mesh/migration/types';
import { createWaypoint } from '../gateway/mutations';
import { patchNamespaceLabels } from '../namespace/mutations';
import { restartWorkload } from './mutations';

export type StepWriteContext = {
  namespace: NamespaceKind;
  workloads: Workload[];
  /** The waypoint's `istio.io/rev`, when the mesh's istiod is not the default revision. */
  revision?: string;
  /** The restarts already sent (by step id): never sent twice. */
  restarted: Record<string, RestartRecord>;
  now: () => Date;
};

export type StepWriteResult = { alreadyDone: boolean; record?: RestartRecord };

/**
 * The write of one step of the move: the waypoint Gateway (one that already exists is no error),
 * the guarded label write on the live namespace, or one `rollout restart`, sent only when this
 * run has not restarted that workload yet (Retry then only waits again).
 */
export const writeMigrationStep = async (
  step: MigrationStep,
  ctx: StepWriteContext,
): Promise<StepWriteResult> => {
  if (step.action === 'waypoint') {
    try {
      await createWaypoint({
        name: step.name,
        namespace: getName(ctx.namespace),
        ...(ctx.revision ? { revision: ctx.revision } : {}),
      });
      return { alreadyDone: false };
    } catch (e) {
      if (httpStatus(e) === 409) return { alreadyDone: true };
      throw e;
    }
  }
  if (step.action === 'labels') {
    await patchNamespaceLabels(ctx.namespace, step.changes);
    return { alreadyDone: false };
  }
  const done = ctx.restarted[step.id];
  if (done) return { alreadyDone: true, record: done };
  const w = ctx.workloads.find(
    (x) => x.kind === step.target.kind && getName(x.obj) === step.target.name,
  );
  if (!w) throw new Error(`${step.target.kind} ${step.target.name} not found`);
  const restartedAt = ctx.now().toISOString();
  const generation = await restartWorkload(w, restartedAt);
  return { alreadyDone: false, record: { restartedAt, generation } };
};
