import type { IstioKind } from '../../k8s/istio/types';
import type { IstioRevisionTagKind } from '../../k8s/istiorevisiontag/types';
import type { PodKind } from '../../k8s/pod/types';
import { getLabel } from '../../k8s/common/selectors';
import { ISTIO_REV_LABEL } from '../labels';
import { readiness } from '../health/health';
import { readyFor } from '../install/ready';
import type { UpgradeStep } from './plan';
import { notDone, type ProgressRow } from './progress';

/** How long one step may wait for Ready and its pods before the run stops with the reason. */
export const UPGRADE_STEP_TIMEOUT_MS = 5 * 60 * 1000;

export type WaitState = {
  ready: boolean;
  /** The condition holding the step (its reason), or `PodsRolling` while pods are not done. */
  reason?: string;
  message?: string;
  /** Nodes (or istiod pods) not yet at the target and ready. */
  pending: string[];
};

type Waited = Parameters<typeof readyFor>[0] & { kind?: string };

/**
 * Whether a written step is finished: the object Ready for the generation its write produced
 * (`observedGeneration >=` that generation and `Ready=True`); for Istio, the active revision is
 * the one the step moves to; for a tag, it resolves to its new revision; and every row of its
 * pods (`rows`: per node for ZTunnel and IstioCNI, per istiod pod for Istio) runs the target
 * version and is ready.
 */
export const stepWait = (
  step: UpgradeStep,
  obj: Waited | undefined,
  generation: number | undefined,
  rows: ProgressRow[],
  revision?: string,
): WaitState => {
  const pending = notDone(rows);
  const r = readyFor(obj, generation, step.kind);
  if (!r.ready) return { ready: false, reason: r.reason, message: r.message, pending };
  if (step.kind === 'Istio' && revision) {
    const active = (obj as IstioKind).status?.activeRevisionName;
    if (active && active !== revision) {
      return { ready: false, reason: 'RevisionNotActive', message: active, pending };
    }
  }
  if (step.kind === 'IstioRevisionTag') {
    const tag = obj as IstioRevisionTagKind;
    const t = readiness(tag, 'IstioRevisionTag');
    if (!t.ready || tag.status?.istioRevision !== step.to) {
      return { ready: false, reason: t.reason ?? 'NotReconciled', message: t.message, pending };
    }
  }
  if (pending.length) return { ready: false, reason: 'PodsRolling', pending };
  return { ready: true, reason: 'Ready', pending };
};

export type StepPods = { pods: PodKind[]; by: 'node' | 'pod' };

/**
 * The pods a step rolls: the CNI agent's or ztunnel's per node; istiod's per pod, only those of
 * `revision` (with RevisionBased the old revision's istiod keeps running beside the new one);
 * none for a tag.
 */
export const podsOfStep = (
  step: UpgradeStep,
  pods: { istiod: PodKind[]; ztunnel: PodKind[]; cni: PodKind[] },
  revision: string,
): StepPods => {
  switch (step.kind) {
    case 'ZTunnel':
      return { pods: pods.ztunnel, by: 'node' };
    case 'IstioCNI':
      return { pods: pods.cni, by: 'node' };
    case 'Istio':
      return {
        pods: pods.istiod.filter((p) => (getLabel(p, ISTIO_REV_LABEL) ?? revision) === revision),
        by: 'pod',
      };
    default:
      return { pods: [], by: 'pod' };
  }
};
