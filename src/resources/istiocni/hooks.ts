import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { IstioCNIModel, gvkOf } from '../../models';
import type { IstioCNIKind } from '../../k8s/istiocni/types';
import { watched, type WatchOptions, noItems } from '../common/watch';

export type IstioCNIsWatch = { istioCNIs: IstioCNIKind[]; loaded: boolean; error: unknown };

/** All IstioCNI CRs (cluster-scoped; the operator allows only `default`). */
export const useIstioCNIs = (options: WatchOptions = {}): IstioCNIsWatch => {
  const [istioCNIs, loaded, error] = useK8sWatchResource<IstioCNIKind[]>(
    watched({ groupVersionKind: gvkOf(IstioCNIModel), isList: true, optional: true }, options),
  );
  return { istioCNIs: istioCNIs ?? noItems(), loaded, error };
};
