import type { LabelChanges } from '../../k8s/common/labelPatch';
import { DATAPLANE_MODE_LABEL } from '../../mesh/labels';
import { PodModel } from '../../models';
import { patchLabels } from '../common/patchLabels';
import type { PodKind } from '../../k8s/pod/types';

export type PodModeChoice = 'ambient' | 'none' | 'inherit';

/** The pod's own `istio.io/dataplane-mode`: ambient, none, or removed to follow its namespace. */
export const podModeChanges = (choice: PodModeChoice): LabelChanges => ({
  [DATAPLANE_MODE_LABEL]: choice === 'inherit' ? null : choice,
});

/** Sets a pod's own data plane label with one JSON patch (no restart needed). */
export const setPodDataplaneMode = (pod: PodKind, choice: PodModeChoice): Promise<PodKind> =>
  patchLabels(PodModel, pod, podModeChanges(choice));
