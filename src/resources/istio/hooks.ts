import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { IstioModel, gvkOf } from '../../models';
import type { IstioKind } from '../../k8s/istio/types';

export type IstiosWatch = { istios: IstioKind[]; loaded: boolean; error: unknown };

/** All Istio CRs (cluster-scoped). Pass `false` to disable the watch. */
export const useIstios = (enabled = true): IstiosWatch => {
  const [istios, loaded, error] = useK8sWatchResource<IstioKind[]>(
    enabled ? { groupVersionKind: gvkOf(IstioModel), isList: true, optional: true } : null,
  );
  return { istios: istios ?? [], loaded, error };
};
