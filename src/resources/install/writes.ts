import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { IstioCNIModel, IstioModel, IstioRevisionTagModel, NamespaceModel } from '../../models';
import { ztunnelModelFor, type ZTunnelVersion } from '../../k8s/ztunnel/models';
import type { PlanKind, PlanStep } from '../../mesh/install/types';
import type { StepWriter } from '../../mesh/install/write';
import { objectWrites, type ObjectWrites } from '../common/writes';

/** The model each kind of plan step writes (ZTunnel in the API version the cluster serves). */
const modelOf = (kind: PlanKind, ztunnelVersion: ZTunnelVersion): K8sModel =>
  ({
    Namespace: NamespaceModel,
    Istio: IstioModel,
    IstioRevisionTag: IstioRevisionTagModel,
    IstioCNI: IstioCNIModel,
    ZTunnel: ztunnelModelFor(ztunnelVersion),
  })[kind];

/** The SDK calls for one plan step: read it by name, create it, patch it (each may be dry). */
export const writeFor = (
  step: PlanStep,
  ztunnelVersion: ZTunnelVersion,
): Omit<ObjectWrites, 'get'> & { get: () => ReturnType<ObjectWrites['get']> } => {
  const w = objectWrites(modelOf(step.kind, ztunnelVersion));
  return { ...w, get: () => w.get(step.name) };
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
