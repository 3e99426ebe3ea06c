/**
 * The operator's IstioRevision reconciler (sail-operator controllers/istiorevision, release-1.27):
 * renders istiod for the revision (owned by the IstioRevision), then `Reconciled`, `Ready` (the
 * istiod Deployment), `DependenciesHealthy` (IstioCNI, and ZTunnel for an ambient revision from
 * the 1.27 line on), `InUse` (isRevisionReferenced) and `state`. The finalizer makes a delete
 * uninstall istiod before the object goes.
 */
import { asDict, type Condition, type KObj } from '../api/types';
import { isTrue } from './conditions';
import { bareVersion, istiodName } from './revision';
import { inUseCondition, revisionReferenced } from './revisionTags';
import type { Runtime } from './runtime';
import {
  reconciledCondition,
  SAIL,
  SAIL_FINALIZER,
  supportedFromCrd,
  type SailHelpers,
} from './sailCommon';
import { istiodObjects, MANAGED } from './sailObjects';

type Usage = { namespaces: KObj[]; pods: KObj[] };

const dependency = (reason: string, message: string): Condition => ({
  type: 'DependenciesHealthy',
  status: 'False',
  reason,
  message,
});

/** istiod's Ready from its Deployment (determineReadyCondition). */
export const istiodReady = (dep: KObj | undefined): Condition => {
  const notReady = (message: string): Condition => ({
    type: 'Ready',
    status: 'False',
    reason: 'IstiodNotReady',
    message,
  });
  if (!dep) return notReady('istiod Deployment not found');
  const st = asDict(dep.status);
  // A template the Deployment controller has not rolled yet counts as pods not ready.
  const rolled =
    Number(st.observedGeneration ?? 0) >= Number(dep.metadata.generation ?? 1) &&
    Number(st.updatedReplicas ?? st.replicas ?? 0) >= Number(st.replicas ?? 0);
  if (!Number(st.replicas ?? 0)) return notReady('istiod Deployment is scaled to zero replicas');
  if (!rolled || Number(st.readyReplicas ?? 0) < Number(st.replicas))
    return notReady('not all istiod pods are ready');
  return { type: 'Ready', status: 'True' };
};

export const startIstioRevisions = (
  rt: Runtime,
  h: SailHelpers,
  inputs: { tags: () => KObj[]; usage: () => Usage },
) => {
  const { api } = rt;
  const type = () => rt.rt(SAIL, 'istiorevisions');

  const rendered = (rev: KObj): [string, string, string, string][] => {
    const ns = String(asDict(rev.spec).namespace ?? '');
    const name = istiodName(rev.metadata.name as string);
    return [
      ['apps', 'deployments', ns, name],
      ['', 'services', ns, name],
      ['', 'serviceaccounts', ns, name],
    ];
  };

  /** DependenciesHealthy: IstioCNI always on OpenShift; ZTunnel for an ambient revision (1.27+). */
  const dependencies = (rev: KObj): Condition => {
    const cni = api.store.list(`${SAIL}/istiocnis`)[0]?.obj;
    if (!cni) return dependency('IstioCNINotFound', 'IstioCNI resource does not exist');
    if (!isTrue(cni, 'Ready'))
      return dependency(
        'IstioCNINotHealthy',
        'IstioCNI resource status indicates that the component is not healthy',
      );
    const values = asDict(asDict(rev.spec).values);
    const supported = supportedFromCrd(rt.maybeRt(SAIL, 'istios'), 'v1') ?? [];
    const line127 = supported.some((v) => !/^v1\.2[0-6][.-]/.test(v));
    const ambient =
      values.profile === 'ambient' ||
      asDict(asDict(values.pilot).env).PILOT_ENABLE_AMBIENT === 'true';
    if (line127 && ambient) {
      const zt = api.store.list(`${SAIL}/ztunnels`)[0]?.obj;
      if (!zt) return dependency('ZTunnelNotFound', 'ZTunnel resource does not exist');
      if (!isTrue(zt, 'Ready'))
        return dependency(
          'ZTunnelNotHealthy',
          'ZTunnel resource status indicates that the component is not healthy',
        );
    }
    return { type: 'DependenciesHealthy', status: 'True' };
  };

  const reconcileRevision = (name: string): void => {
    const t = rt.maybeRt(SAIL, 'istiorevisions');
    const rev = t && api.find(t, '', name);
    if (!t || !rev) return;
    if (rev.metadata.deletionTimestamp) {
      if (!(rev.metadata.finalizers ?? []).includes(SAIL_FINALIZER)) return;
      h.uninstall(rev, rendered(rev));
      h.removeFinalizer(t, rev, SAIL_FINALIZER);
      return;
    }
    h.ensureFinalizer(t, rev, SAIL_FINALIZER);
    const spec = asDict(rev.spec);
    const target = String(spec.namespace ?? '');
    const err = h.validateNamespace(target);
    const depName = istiodName(name);
    if (!err) {
      const labels = {
        app: 'istiod',
        'istio.io/rev': name,
        istio: 'pilot',
        ...MANAGED,
        'operator.istio.io/component': 'Pilot',
      };
      const version = bareVersion(String(spec.version ?? ''));
      for (const [group, plural, obj] of istiodObjects(rev, target, name, depName, labels, version))
        h.upsert(group, plural, obj);
    } else h.event(rev, 'ReconcileError', `error reconciling resource: ${err}`);
    const dep = api.find(rt.rt('apps', 'deployments'), target, depName);
    const { tags, usage } = inputs;
    const enabledByDefault =
      name === 'default' &&
      asDict(asDict(spec.values).sidecarInjectorWebhook).enableNamespacesByDefault === true;
    const conds = [
      reconciledCondition(err),
      istiodReady(dep),
      dependencies(rev),
      inUseCondition(enabledByDefault || revisionReferenced(name, tags(), usage())),
    ];
    h.writeStatus(t, rev, conds);
  };

  return { reconcileRevision, type };
};
