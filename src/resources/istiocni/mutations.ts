import { k8sCreate, k8sGet, k8sPatch, type Patch } from '@openshift-console/dynamic-plugin-sdk';
import { IstioCNIModel } from '../../models';
import type { IstioCNIKind } from '../../k8s/istiocni/types';

const dry = (dryRun: boolean) => (dryRun ? { dryRun: 'All' } : undefined);

export const getIstioCNI = (name: string): Promise<IstioCNIKind> =>
  k8sGet({ model: IstioCNIModel, name });

export const createIstioCNI = (data: IstioCNIKind, dryRun = false): Promise<IstioCNIKind> =>
  k8sCreate({ model: IstioCNIModel, data, queryParams: dry(dryRun) });

export const patchIstioCNI = (
  resource: IstioCNIKind,
  data: Patch[],
  dryRun = false,
): Promise<IstioCNIKind> =>
  k8sPatch({ model: IstioCNIModel, resource, data, queryParams: dry(dryRun) });
