import { k8sGet, k8sPatch, type K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { labelPatch } from '../../k8s/common/labelPatch';
import { isNotFound } from '../../k8s/errors';
import { ztunnelModelFor, type ZTunnelVersion } from '../../k8s/ztunnel/models';
import type { AnyObject, Step, TargetKind } from '../../mesh/uninstall/types';
import {
  GatewayModel,
  IstioCNIModel,
  IstioModel,
  IstioRevisionTagModel,
  NamespaceModel,
  PodModel,
  ServiceModel,
} from '../../models';
import { deleteObject } from '../common/deletes';
import { patchLabels } from '../common/patchLabels';

export const modelFor = (kind: TargetKind, ztunnelVersion: ZTunnelVersion): K8sModel =>
  ({
    Namespace: NamespaceModel,
    Pod: PodModel,
    Service: ServiceModel,
    Gateway: GatewayModel,
    IstioRevisionTag: IstioRevisionTagModel,
    ZTunnel: ztunnelModelFor(ztunnelVersion),
    IstioCNI: IstioCNIModel,
    Istio: IstioModel,
  })[kind];

/** `written`: the API took the write; `gone`: nothing was left to do (object or labels gone). */
export type StepResult = 'written' | 'gone';

const dryLabelPatch = async (model: K8sModel, live: AnyObject, step: Step): Promise<StepResult> => {
  if (step.action !== 'unlabel') return 'gone';
  const ops = labelPatch(live, step.changes);
  if (ops.length === 0) return 'gone';
  await k8sPatch({
    model,
    resource: { metadata: { name: live.metadata?.name, namespace: live.metadata?.namespace } },
    data: ops,
    queryParams: { dryRun: 'All' },
  });
  return 'written';
};

/**
 * One step's write: a label removal through the guarded label patch (`live`: the object as the
 * watch shows it, `undefined` when it is gone; the write reads it again first), or a delete guarded by the uid. A dry run sends the
 * same request with `dryRun=All`. Anything already gone resolves to `gone`, never to an error.
 */
export const writeStep = async (
  step: Step,
  live: AnyObject | undefined,
  { ztunnelVersion, dryRun = false }: { ztunnelVersion: ZTunnelVersion; dryRun?: boolean },
): Promise<StepResult> => {
  const model = modelFor(step.ref.kind, ztunnelVersion);
  try {
    if (step.action === 'delete') {
      const res = await deleteObject(model, step.ref, { guard: { uid: step.ref.uid }, dryRun });
      return res === 'gone' ? 'gone' : 'written';
    }
    if (!live) return 'gone';
    if (dryRun) return await dryLabelPatch(model, live, step);
    if (labelPatch(live, step.changes).length === 0) return 'gone';
    // A plan removes several labels from one object in a row, and the watch may not show the
    // previous write yet: the guard is computed from the object as the server has it now.
    const fresh = await k8sGet<AnyObject>({
      model,
      name: live.metadata?.name,
      ns: live.metadata?.namespace,
    });
    if (labelPatch(fresh, step.changes).length === 0) return 'gone';
    await patchLabels(model, fresh, step.changes);
    return 'written';
  } catch (e) {
    if (isNotFound(e)) return 'gone';
    throw e;
  }
};
