import {
  k8sCreate,
  k8sGet,
  k8sPatch,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { NamespaceModel } from '../../models';
import { createIstio, getIstio, patchIstio } from '../../resources/istio/mutations';
import { createIstioCNI, getIstioCNI, patchIstioCNI } from '../../resources/istiocni/mutations';
import { createZTunnel, getZTunnel, patchZTunnel } from '../../resources/ztunnel/mutations';
import type { ZTunnelVersion } from '../../k8s/ztunnel/models';
import type { PlanStep } from '../../mesh/install/types';
import type { StepWriter } from '../../mesh/install/write';

type Write = {
  get: () => Promise<K8sResourceCommon>;
  create: (data: K8sResourceCommon, dryRun: boolean) => Promise<unknown>;
  patch: (
    obj: K8sResourceCommon,
    ops: Parameters<StepWriter['patch']>[1],
    dryRun: boolean,
  ) => Promise<unknown>;
};

const dry = (dryRun: boolean) => (dryRun ? { dryRun: 'All' } : undefined);

const namespaceWrite = (name: string): Write => ({
  get: () => k8sGet({ model: NamespaceModel, name }),
  create: (data, dryRun) => k8sCreate({ model: NamespaceModel, data, queryParams: dry(dryRun) }),
  patch: (resource, data, dryRun) =>
    k8sPatch({ model: NamespaceModel, resource, data, queryParams: dry(dryRun) }),
});

/** The SDK calls for one plan step, by kind (ZTunnel in the API version the cluster serves). */
export const writeFor = (step: PlanStep, ztunnelVersion: ZTunnelVersion): Write => {
  switch (step.kind) {
    case 'Istio':
      return {
        get: () => getIstio(step.name),
        create: (data, d) => createIstio(data, d),
        patch: (obj, ops, d) => patchIstio(obj, ops, d),
      };
    case 'IstioCNI':
      return {
        get: () => getIstioCNI(step.name),
        create: (data, d) => createIstioCNI(data, d),
        patch: (obj, ops, d) => patchIstioCNI(obj, ops, d),
      };
    case 'ZTunnel':
      return {
        get: () => getZTunnel(ztunnelVersion, step.name),
        create: (data, d) => createZTunnel(ztunnelVersion, data, d),
        patch: (obj, ops, d) => patchZTunnel(ztunnelVersion, obj, ops, d),
      };
    default:
      return namespaceWrite(step.name);
  }
};

/** The writer the apply engine uses: real writes, no dry run. */
export const stepWriter = (step: PlanStep, ztunnelVersion: ZTunnelVersion): StepWriter => {
  const w = writeFor(step, ztunnelVersion);
  return {
    get: w.get,
    create: (data) => w.create(data, false),
    patch: (obj, ops) => w.patch(obj, ops, false),
  };
};
