import { k8sGet, k8sPatch, type K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { writeLabels, type LabelChanges } from '../../k8s/common/labelPatch';

/**
 * Applies label changes to an object with one guarded JSON patch, through the console's API
 * proxy: `writeLabels` (a failed guard re-reads, and a label someone else set meanwhile stops the
 * write with a `LabelConflictError` instead of being overwritten).
 */
export const patchLabels = <T extends K8sResourceCommon>(
  model: K8sModel,
  obj: T,
  changes: LabelChanges,
): Promise<T> => {
  const name = obj.metadata?.name ?? '';
  const ns = obj.metadata?.namespace;
  const resource: K8sResourceCommon = { metadata: { name, namespace: ns } };
  return writeLabels(
    {
      get: () => k8sGet<T>({ model, name, ns }),
      patch: async (data) => (await k8sPatch({ model, resource, data })) as T,
    },
    obj,
    changes,
  );
};
