import { k8sCreate, k8sGet, k8sPatch, type Patch } from '@openshift-console/dynamic-plugin-sdk';
import { IstioModel } from '../../models';
import type { IstioKind } from '../../k8s/istio/types';

const dry = (dryRun: boolean) => (dryRun ? { dryRun: 'All' } : undefined);

export const getIstio = (name: string): Promise<IstioKind> => k8sGet({ model: IstioModel, name });

export const createIstio = (data: IstioKind, dryRun = false): Promise<IstioKind> =>
  k8sCreate({ model: IstioModel, data, queryParams: dry(dryRun) });

/** A JSON patch that sets only the given fields (adopting an existing Istio). */
export const patchIstio = (
  resource: IstioKind,
  data: Patch[],
  dryRun = false,
): Promise<IstioKind> => k8sPatch({ model: IstioModel, resource, data, queryParams: dry(dryRun) });
