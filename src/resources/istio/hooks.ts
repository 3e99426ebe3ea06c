import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { IstioModel, gvkOf } from '../../models';
import type { IstioKind } from '../../k8s/istio/types';
import { watched, type WatchOptions, noneIfNotServed } from '../common/watch';

export type IstiosWatch = { istios: IstioKind[]; loaded: boolean; error: unknown };

/** All Istio CRs (cluster-scoped); none when the cluster does not serve the kind (no Sail CRDs). */
export const useIstios = (options: WatchOptions = {}): IstiosWatch => {
  const [istios, loaded, error] = useK8sWatchResource<IstioKind[]>(
    watched({ groupVersionKind: gvkOf(IstioModel), isList: true }, options),
  );
  const list = noneIfNotServed(istios, loaded, error);
  return { istios: list.items, loaded: list.loaded, error: list.error };
};
