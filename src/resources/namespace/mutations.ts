import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { NamespaceModel } from '../../models';
import { patchLabels } from '../common/patchLabels';
import type { LabelChanges } from '../../k8s/common/labelPatch';

/** Label changes on a Namespace (also for a Project: its Namespace has the same name). */
export const patchNamespaceLabels = <T extends K8sResourceCommon>(
  ns: T,
  changes: LabelChanges,
): Promise<T> =>
  patchLabels(
    NamespaceModel,
    { ...ns, metadata: { ...ns.metadata, namespace: undefined } },
    changes,
  );
