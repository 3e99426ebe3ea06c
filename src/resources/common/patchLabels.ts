import { k8sPatch, type K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { isWholeMapPatch, labelPatch, type LabelChanges } from '../../k8s/common/labelPatch';
import { httpStatus } from '../../k8s/errors';

/**
 * Applies label changes to an object with one JSON patch that touches only those labels (see
 * `labelPatch`). No read before the write: the caller holds the object from its watch. Only when
 * the object had no labels and changed meanwhile (the resourceVersion guard fails) is the patch
 * sent again, as per-key adds. Resolves to the object unchanged when there is nothing to write.
 */
export const patchLabels = async <T extends K8sResourceCommon>(
  model: K8sModel,
  obj: T,
  changes: LabelChanges,
): Promise<T> => {
  const ops = labelPatch(obj, changes);
  if (ops.length === 0) return obj;
  const resource: K8sResourceCommon = {
    metadata: { name: obj.metadata?.name, namespace: obj.metadata?.namespace },
  };
  try {
    return (await k8sPatch({ model, resource, data: ops })) as T;
  } catch (e) {
    const status = httpStatus(e);
    if (!isWholeMapPatch(ops) || (status !== 422 && status !== 409)) throw e;
    return (await k8sPatch({ model, resource, data: labelPatch(obj, changes, true) })) as T;
  }
};
