import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { IstioCNIModel, IstioModel, IstioRevisionModel, IstioRevisionTagModel } from '../../models';
import { ztunnelModelFor, type ZTunnelVersion } from '../../k8s/ztunnel/models';
import type { UpgradeKind, UpgradeStep } from '../../mesh/upgrade/plan';
import { writeField, type FieldWriteResult } from '../../mesh/upgrade/write';
import { objectWrites } from '../common/writes';
import { deleteObject } from '../common/deletes';

type Obj = K8sResourceCommon & { spec?: unknown };

/** The model each kind of upgrade step patches (ZTunnel in the API version the cluster serves). */
export const upgradeModel = (kind: UpgradeKind, ztunnelVersion: ZTunnelVersion): K8sModel =>
  ({
    Istio: IstioModel,
    IstioRevisionTag: IstioRevisionTagModel,
    IstioCNI: IstioCNIModel,
    ZTunnel: ztunnelModelFor(ztunnelVersion),
  })[kind];

/**
 * Writes one step: the JSON patch of its one field, guarded by the resourceVersion of `seen`
 * (the object as the watch shows it), optionally as a dry run (`dryRun=All`: validated,
 * admitted, never stored; the answer is the object as it would be).
 */
export const writeUpgradeStep = (
  step: UpgradeStep,
  seen: Obj,
  ztunnelVersion: ZTunnelVersion,
  dryRun = false,
): Promise<FieldWriteResult<Obj>> => {
  const w = objectWrites<Obj>(upgradeModel(step.kind, ztunnelVersion));
  return writeField(
    step.kind,
    { get: () => w.get(step.name), patch: (obj, ops) => w.patch(obj, ops, dryRun) },
    seen,
    step.to,
  );
};

/**
 * Deletes an Istio's inactive revision, guarded by its uid (a revision made again under the same
 * name is not deleted). The operator's finalizer on it uninstalls that revision's istiod.
 */
export const deleteRevision = (name: string, uid?: string) =>
  deleteObject(IstioRevisionModel, { name }, { guard: { uid } });
