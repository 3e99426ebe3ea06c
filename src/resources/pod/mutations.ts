import type { LabelChanges } from '../../k8s/common/labelPatch';
import type { PodKind } from '../../k8s/pod/types';
import { DATAPLANE_MODE_LABEL } from '../../mesh/labels';
import { PodModel } from '../../models';
import { patchLabels } from '../common/patchLabels';

export type PodModeChoice = 'ambient' | 'none' | 'inherit';

/** The pod's own `istio.io/dataplane-mode`: ambient, none, or removed to follow its namespace. */
export const podModeChanges = (choice: PodModeChoice): LabelChanges => ({
  [DATAPLANE_MODE_LABEL]: choice === 'inherit' ? null : choice,
});

/** The choice that label changes make (the inverse of `podModeChanges`), if they make one. */
export const podModeOf = (changes: LabelChanges | undefined): PodModeChoice | undefined => {
  if (!changes || !(DATAPLANE_MODE_LABEL in changes)) return undefined;
  const value = changes[DATAPLANE_MODE_LABEL];
  return value === null ? 'inherit' : (value as PodModeChoice);
};

/** Label changes on a pod with one JSON patch (no restart needed). */
export const patchPodLabels = (pod: PodKind, changes: LabelChanges): Promise<PodKind> =>
  patchLabels(PodModel, pod, changes);
