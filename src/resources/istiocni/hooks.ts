import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { IstioCNIModel, gvkOf } from '../../models';
import type { IstioCNIKind } from '../../k8s/istiocni/types';
import { watched, type WatchOptions, noneIfNotServed } from '../common/watch';

export type IstioCNIsWatch = { istioCNIs: IstioCNIKind[]; loaded: boolean; error: unknown };

/**
 * All IstioCNI CRs (cluster-scoped; the operator allows only `default`); none when the cluster
 * does not serve the kind.
 */
export const useIstioCNIs = (options: WatchOptions = {}): IstioCNIsWatch => {
  const [istioCNIs, loaded, error] = useK8sWatchResource<IstioCNIKind[]>(
    watched({ groupVersionKind: gvkOf(IstioCNIModel), isList: true }, options),
  );
  const list = noneIfNotServed(istioCNIs, loaded, error);
  return { istioCNIs: list.items, loaded: list.loaded, error: list.error };
};
