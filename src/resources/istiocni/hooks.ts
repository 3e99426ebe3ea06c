import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { IstioCNIModel, gvkOf } from '../../models';
import type { IstioCNIKind } from '../../k8s/istiocni/types';

export type IstioCNIsWatch = { istioCNIs: IstioCNIKind[]; loaded: boolean; error: unknown };

/** All IstioCNI CRs (cluster-scoped; the operator allows only `default`). `false` disables it. */
export const useIstioCNIs = (enabled = true): IstioCNIsWatch => {
  const [istioCNIs, loaded, error] = useK8sWatchResource<IstioCNIKind[]>(
    enabled ? { groupVersionKind: gvkOf(IstioCNIModel), isList: true, optional: true } : null,
  );
  return { istioCNIs: istioCNIs ?? [], loaded, error };
};
