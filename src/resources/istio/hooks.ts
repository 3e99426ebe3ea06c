import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { IstioModel, gvkOf } from '../../models';
import type { IstioKind } from '../../k8s/istio/types';
import { watched, type WatchOptions, noItems } from '../common/watch';

export type IstiosWatch = { istios: IstioKind[]; loaded: boolean; error: unknown };

/** All Istio CRs (cluster-scoped). */
export const useIstios = (options: WatchOptions = {}): IstiosWatch => {
  const [istios, loaded, error] = useK8sWatchResource<IstioKind[]>(
    watched({ groupVersionKind: gvkOf(IstioModel), isList: true, optional: true }, options),
  );
  return { istios: istios ?? noItems(), loaded, error };
};
