/**
 * The Sail operator (OpenShift Service Mesh 3): Istio -> istiod Deployment, IstioCNI -> istio-cni-node
 * DaemonSet, ZTunnel -> ztunnel DaemonSet, with the operator's condition types, reasons and messages.
 */
import type { ResourceType } from '../api/registry';
import { asDict, isDict, type Condition, type Dict, type KObj } from '../api/types';
import { conditionsOf, isTrue, mergeConditions, stateOf } from './conditions';
import { revisionFromSpec } from './revision';
import {
  revisionFromNamespace,
  revisionFromPod,
  revisionReferenced,
  tagStatus,
} from './revisionTags';
import { refreshZtunnelPods, type WorkloadState } from './pods';
import { controllerOf, ownerRef, type Runtime } from './runtime';
import { daemonSet, istiodObjects, MANAGED } from './sailObjects';
import { istiodAddress, istiodServes, parseIstiodAddress, ztunnelTarget } from './ztunnelTarget';

const SAIL = 'sailoperator.io';
/** The finalizer the operator's IstioCNI, ZTunnel (and IstioRevision) reconcilers add. */
export const SAIL_FINALIZER = 'sailoperator.io/sail-operator';

/** Versions the operator reconciles: the "Must be one of" list in the served CRD's description. */
export const supportedFromCrd = (
  rt: ResourceType | undefined,
  version: string,
): string[] | undefined => {
  const v = rt?.versions.find((x) => x.name === version) ?? rt?.versions[0];
  const desc = asDict(asDict(asDict(asDict(v?.schema).properties).spec).properties).version as
    | Dict
    | undefined;
  const m = /Must be one of: ([^\n]*)/.exec(String(desc?.description ?? ''));
  return m?.[1]
    .replace(/\.\s*$/, '')
    .split(',')
    .map((x) => x.trim());
};

/** Whether `have` already carries every field of `want` (server defaults may add more). */
const contains = (have: unknown, want: unknown): boolean => {
  if (isDict(want))
    return (
      isDict(have) &&
      Object.entries(want).every(([k, v]) => v === undefined || contains(have[k], v))
    );
  if (Array.isArray(want))
    return (
      Array.isArray(have) &&
      have.length === want.length &&
      want.every((v, i) => contains(have[i], v))
    );
  return JSON.stringify(have) === JSON.stringify(want);
};

const crVersion = (o: KObj): string => (o.apiVersion ?? '').split('/')[1] ?? 'v1';

export const startSail = (rt: Runtime, workloads?: WorkloadState): void => {
  const { api } = rt;
  const ns = () => rt.rt('', 'namespaces');
  const istios = (): KObj[] => api.store.list(`${SAIL}/istios`).map((e) => e.obj);

  /** The istiod address in the pod's DaemonSet (its current template), else in the pod itself. */
  const dialedAddress = (pod: KObj): string | undefined => {
    const owner = controllerOf(pod);
    const ds =
      owner?.kind === 'DaemonSet'
        ? api.find(rt.rt('apps', 'daemonsets'), pod.metadata.namespace ?? '', owner.name)
        : undefined;
    const spec = ds ? asDict(asDict(asDict(ds.spec).template).spec) : asDict(pod.spec);
    const containers = (spec.containers as Dict[] | undefined) ?? [];
    const env = containers.flatMap((c) => (c.env as { name: string; value?: string }[]) ?? []);
    return env.find((e) => e.name === 'XDS_ADDRESS')?.value;
  };
  if (workloads)
    workloads.ztunnelConnected = (pod) => {
      const address = dialedAddress(pod);
      if (address === undefined) return true;
      const target = parseIstiodAddress(address);
      return !!target && istiodServes(target, istios());
    };

  const validate = (type: ResourceType, cr: KObj): string | undefined => {
    const spec = asDict(cr.spec);
    const supported = supportedFromCrd(type, crVersion(cr));
    if (supported && !supported.includes(String(spec.version)))
      return `spec.version "${String(spec.version)}" is not supported`;
    const target = String(spec.namespace ?? '');
    const n = api.find(ns(), '', target);
    if (!n) return `namespace "${target}" doesn't exist`;
    if (n.metadata.deletionTimestamp) return `namespace "${target}" is being deleted`;
    return undefined;
  };

  const upsert = (group: string, plural: string, obj: KObj): void => {
    const type = rt.rt(group, plural);
    const cur = api.find(type, obj.metadata.namespace ?? '', obj.metadata.name as string);
    if (!cur) api.create(type, 'v1', obj.metadata.namespace ?? '', obj);
    else if (!contains(cur.spec, obj.spec) || !contains(cur.metadata.labels, obj.metadata.labels)) {
      api.mutate(type, obj.metadata.namespace ?? '', obj.metadata.name as string, (o) => {
        o.spec = { ...o.spec, ...obj.spec };
        o.metadata.labels = { ...o.metadata.labels, ...obj.metadata.labels };
      });
    }
  };

  const event = (cr: KObj, reason: string, message: string): void => {
    const evType = rt.rt('', 'events');
    const name = `${cr.metadata.name}.${cr.metadata.uid?.slice(0, 8)}${reason.toLowerCase()}`;
    if (api.find(evType, 'default', name)) return;
    api.create(evType, 'v1', 'default', {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace: 'default' },
      involvedObject: {
        apiVersion: cr.apiVersion,
        kind: cr.kind,
        name: cr.metadata.name,
        uid: cr.metadata.uid,
        resourceVersion: cr.metadata.resourceVersion,
      },
      reason,
      message,
      type: 'Warning',
      source: { component: 'sail-operator' },
      reportingComponent: 'sail-operator',
      firstTimestamp: new Date().toISOString(),
      lastTimestamp: new Date().toISOString(),
      count: 1,
    } as unknown as KObj);
  };

  const writeStatus = (
    type: ResourceType,
    cr: KObj,
    conds: Condition[],
    extra: Dict = {},
  ): void => {
    api.mutate(
      type,
      '',
      cr.metadata.name as string,
      (o) => {
        const merged = mergeConditions(conditionsOf(o), conds);
        o.status = {
          ...extra,
          conditions: merged,
          observedGeneration: o.metadata.generation,
          state: stateOf(merged),
        };
      },
      'status',
    );
  };

  const reconciled = (err?: string): Condition =>
    err
      ? {
          type: 'Reconciled',
          status: 'False',
          reason: 'ReconcileError',
          message: `error reconciling resource: ${err}`,
        }
      : { type: 'Reconciled', status: 'True' };

  const dsReady = (cr: KObj, namespace: string, name: string, component: string): Condition => {
    const ds = api.find(rt.rt('apps', 'daemonsets'), namespace, name);
    if (!ds || controllerOf(ds)?.uid !== cr.metadata.uid)
      return {
        type: 'Ready',
        status: 'False',
        reason: 'DaemonSetNotReady',
        message: `${component} DaemonSet not found`,
      };
    const st = asDict(ds.status);
    if (!Number(st.currentNumberScheduled ?? 0))
      return {
        type: 'Ready',
        status: 'False',
        reason: 'DaemonSetNotReady',
        message: `no ${component} pods are currently scheduled`,
      };
    if (Number(st.numberReady ?? 0) < Number(st.currentNumberScheduled))
      return {
        type: 'Ready',
        status: 'False',
        reason: 'DaemonSetNotReady',
        message: `not all ${component} pods are ready`,
      };
    return { type: 'Ready', status: 'True' };
  };

  const imageTag = (cr: KObj): string =>
    String(asDict(cr.spec).version ?? 'v1.26.8')
      .replace(/^v/, '')
      .replace('-latest', '');

  /** What the operator renders for a DaemonSet-backed CR (IstioCNI, ZTunnel). */
  type AgentSpec = {
    plural: 'istiocnis' | 'ztunnels';
    /** Name of the ServiceAccount and the DaemonSet (and the Ready check's pods). */
    serviceAccount: string;
    daemonSet: string;
    selector: Record<string, string>;
    podLabels: Record<string, string>;
    image: (cr: KObj) => string;
    hostNetwork: boolean;
    /** The container's environment, or an error when the CR's references do not resolve. */
    env?: (cr: KObj) => { name: string; value: string }[] | string;
    /** Status fields beside the conditions. */
    status?: (cr: KObj) => Dict;
  };

  const reconcileAgent =
    (agent: AgentSpec) =>
    (name: string): void => {
      const type = rt.rt(SAIL, agent.plural);
      const cr = api.find(type, '', name);
      if (!cr) return;
      if (cr.metadata.deletionTimestamp) return finalizeAgent(agent, type, cr);
      if (!(cr.metadata.finalizers ?? []).includes(SAIL_FINALIZER)) {
        // As the standard reconciler: the finalizer first, the reconcile on the next event.
        api.mutate(type, '', name, (o) => {
          o.metadata.finalizers = [...(o.metadata.finalizers ?? []), SAIL_FINALIZER];
        });
      }
      const env = agent.env?.(cr) ?? [];
      const err = validate(type, cr) ?? (typeof env === 'string' ? env : undefined);
      const target = String(asDict(cr.spec).namespace);
      if (!err && typeof env !== 'string') {
        upsert('', 'serviceaccounts', {
          apiVersion: 'v1',
          kind: 'ServiceAccount',
          metadata: {
            name: agent.serviceAccount,
            namespace: target,
            labels: { ...MANAGED },
            ownerReferences: [ownerRef(cr)],
          },
        });
        upsert(
          'apps',
          'daemonsets',
          daemonSet(
            cr,
            agent.daemonSet,
            target,
            agent.selector,
            agent.podLabels,
            agent.image(cr),
            agent.hostNetwork,
            env,
          ),
        );
        // A new istiod address takes effect on the running ztunnel pods.
        if (agent.plural === 'ztunnels' && workloads)
          rt.enqueue('ztunnel-pods', () => refreshZtunnelPods(rt, workloads));
      } else event(cr, 'ReconcileError', `error reconciling resource: ${err}`);
      writeStatus(
        type,
        cr,
        [
          reconciled(err),
          err
            ? {
                type: 'Ready',
                status: 'False',
                reason: 'DaemonSetNotReady',
                message: `${agent.daemonSet} DaemonSet not found`,
              }
            : dsReady(cr, target, agent.daemonSet, agent.daemonSet),
        ],
        agent.status?.(cr) ?? {},
      );
    };

  /**
   * The operator's Finalize: the Helm release in `spec.namespace` is uninstalled (the DaemonSet and
   * the ServiceAccount it rendered; their pods follow by garbage collection), then the finalizer
   * is removed and the CR goes.
   */
  const finalizeAgent = (agent: AgentSpec, type: ResourceType, cr: KObj): void => {
    if (!(cr.metadata.finalizers ?? []).includes(SAIL_FINALIZER)) return;
    const target = String(asDict(cr.spec).namespace ?? '');
    for (const [group, plural, objName] of [
      ['apps', 'daemonsets', agent.daemonSet],
      ['', 'serviceaccounts', agent.serviceAccount],
    ]) {
      const t = rt.rt(group, plural);
      const obj = api.find(t, target, objName);
      if (obj && controllerOf(obj)?.uid === cr.metadata.uid) {
        try {
          api.delete(t, target, objName);
        } catch {
          /* already gone */
        }
      }
    }
    api.mutate(type, '', cr.metadata.name as string, (o) => {
      o.metadata.finalizers = (o.metadata.finalizers ?? []).filter((f) => f !== SAIL_FINALIZER);
    });
  };

  const reconcileCni = reconcileAgent({
    plural: 'istiocnis',
    serviceAccount: 'istio-cni',
    daemonSet: 'istio-cni-node',
    selector: { 'k8s-app': 'istio-cni-node' },
    podLabels: { 'istio.io/dataplane-mode': 'none' },
    image: (cr) => `registry.redhat.io/openshift-service-mesh/istio-cni-rhel9:${imageTag(cr)}`,
    hostNetwork: true,
  });

  const reconcileZtunnel = reconcileAgent({
    plural: 'ztunnels',
    serviceAccount: 'ztunnel',
    daemonSet: 'ztunnel',
    selector: { app: 'ztunnel' },
    podLabels: { 'istio.io/dataplane-mode': 'none', 'sidecar.istio.io/inject': 'false' },
    image: (cr) => `registry.redhat.io/openshift-service-mesh/istio-ztunnel-rhel9:${imageTag(cr)}`,
    hostNetwork: false,
    env: (cr) => {
      const target = ztunnelTarget(cr, istios());
      if (!target)
        return `Istio.sailoperator.io "${String(asDict(asDict(cr.spec).targetRef).name)}" not found`;
      const address = istiodAddress(target);
      return [
        { name: 'CA_ADDRESS', value: address },
        { name: 'XDS_ADDRESS', value: address },
      ];
    },
    // sail-operator main ztunnel_controller.go: the IstioRevision a targetRef resolves to.
    status: (cr) => {
      if (!isDict(asDict(cr.spec).targetRef)) return {};
      return { istioRevision: ztunnelTarget(cr, istios())?.revision ?? '' };
    },
  });

  const dependencies = (cr: KObj): Condition => {
    const cniType = rt.maybeRt(SAIL, 'istiocnis');
    const cni = cniType && api.store.list(`${SAIL}/istiocnis`)[0]?.obj;
    if (!cni)
      return {
        type: 'DependenciesHealthy',
        status: 'False',
        reason: 'IstioCNINotFound',
        message: 'IstioCNI resource does not exist',
      };
    if (!isTrue(cni, 'Ready'))
      return {
        type: 'DependenciesHealthy',
        status: 'False',
        reason: 'IstioCNINotHealthy',
        message: 'IstioCNI resource status indicates that the component is not healthy',
      };
    const profile = String(asDict(cr.spec).profile ?? '');
    // From release-1.27 on (and on main), an ambient Istio also depends on its ZTunnel.
    const supported = supportedFromCrd(rt.maybeRt(SAIL, 'istios'), 'v1') ?? [];
    const line127 = supported.some((v) => !/^v1\.2[0-6][.-]/.test(v));
    if (line127 && (profile === 'ambient' || profile === 'openshift-ambient')) {
      const zt = api.store.list(`${SAIL}/ztunnels`)[0]?.obj;
      if (!zt)
        return {
          type: 'DependenciesHealthy',
          status: 'False',
          reason: 'ZTunnelNotFound',
          message: 'ZTunnel resource does not exist',
        };
      if (!isTrue(zt, 'Ready'))
        return {
          type: 'DependenciesHealthy',
          status: 'False',
          reason: 'ZTunnelNotHealthy',
          message: 'ZTunnel resource status indicates that the component is not healthy',
        };
    }
    return { type: 'DependenciesHealthy', status: 'True' };
  };

  const reconcileIstio = (name: string): void => {
    const type = rt.rt(SAIL, 'istios');
    const cr = api.find(type, '', name);
    if (!cr || cr.metadata.deletionTimestamp) return;
    const err = validate(type, cr);
    const spec = asDict(cr.spec);
    const target = String(spec.namespace);
    const rev = revisionFromSpec(cr);
    const labels = {
      app: 'istiod',
      'istio.io/rev': rev,
      istio: 'pilot',
      ...MANAGED,
      'operator.istio.io/component': 'Pilot',
    };
    let ready: Condition = {
      type: 'Ready',
      status: 'False',
      reason: 'IstiodNotReady',
      message: 'istiod Deployment is not ready',
    };
    if (!err) {
      const depName = rev === 'default' ? 'istiod' : `istiod-${rev}`;
      for (const [group, plural, obj] of istiodObjects(
        cr,
        target,
        rev,
        depName,
        labels,
        imageTag(cr),
      ))
        upsert(group, plural, obj);
      const dep = api.find(rt.rt('apps', 'deployments'), target, depName);
      const st = asDict(dep?.status);
      if (dep && Number(st.readyReplicas ?? 0) >= Number(asDict(dep.spec).replicas ?? 1))
        ready = { type: 'Ready', status: 'True' };
    } else event(cr, 'ReconcileError', `error reconciling resource: ${err}`);
    const conds = [reconciled(err), ready, dependencies(cr)];
    const readyN = ready.status === 'True' ? 1 : 0;
    // controllers/istiorevision isRevisionReferenced: a tag resolving to it, a namespace or a pod.
    const inUse = !err && revisionReferenced(rev, tags(), usage()) ? 1 : 0;
    writeStatus(type, cr, conds, {
      activeRevisionName: rev,
      revisions: { total: err ? 0 : 1, ready: readyN, inUse },
    });
  };

  const tags = (): KObj[] => api.store.list(`${SAIL}/istiorevisiontags`).map((e) => e.obj);
  const usage = () => ({
    namespaces: api.store.list('/namespaces').map((e) => e.obj),
    pods: api.store.list('/pods').map((e) => e.obj),
  });

  /** controllers/istiorevisiontag: Reconciled, InUse, the revision and namespace it resolves to. */
  const reconcileTag = (name: string): void => {
    const type = rt.maybeRt(SAIL, 'istiorevisiontags');
    const tag = type && api.find(type, '', name);
    if (!type || !tag || tag.metadata.deletionTimestamp) return;
    const prev = asDict(tag.status);
    const st = tagStatus(tag, istios(), usage(), {
      istioRevision: prev.istioRevision as string | undefined,
      istiodNamespace: prev.istiodNamespace as string | undefined,
    });
    if (st.conditions[0].status !== 'True')
      event(tag, String(st.conditions[0].reason), String(st.conditions[0].message));
    api.mutate(
      type,
      '',
      name,
      (o) => {
        o.status = {
          conditions: mergeConditions(conditionsOf(o), st.conditions),
          istioRevision: st.istioRevision,
          istiodNamespace: st.istiodNamespace,
          observedGeneration: o.metadata.generation,
          state: st.state,
        };
      },
      'status',
    );
  };

  const all = (plural: string, fn: (name: string) => void): void => {
    for (const e of api.store.list(`${SAIL}/${plural}`)) {
      const name = e.obj.metadata.name as string;
      rt.enqueue(`${plural}/${name}`, () => fn(name));
    }
  };
  const reconcileAll = (): void => {
    all('istios', reconcileIstio);
    all('istiorevisiontags', reconcileTag);
    all('istiocnis', reconcileCni);
    all('ztunnels', reconcileZtunnel);
  };
  const specChanged = (e: { type: string; object: KObj; old?: KObj }): boolean =>
    e.type === 'ADDED' ||
    (e.type === 'MODIFIED' &&
      (e.old?.metadata.generation !== e.object.metadata.generation ||
        !!e.old?.metadata.deletionTimestamp !== !!e.object.metadata.deletionTimestamp ||
        JSON.stringify(e.old?.metadata.finalizers) !==
          JSON.stringify(e.object.metadata.finalizers)));

  rt.on(SAIL, 'istios', (e) => {
    if (specChanged(e))
      rt.enqueue(`istios/${e.object.metadata.name}`, () =>
        reconcileIstio(e.object.metadata.name as string),
      );
    // ztunnel reaches istiod once its Istio is Ready, and a targetRef follows the Istio.
    if (e.type === 'DELETED' || JSON.stringify(e.old?.status) !== JSON.stringify(e.object.status)) {
      if (workloads) rt.enqueue('ztunnel-pods', () => refreshZtunnelPods(rt, workloads));
      all('ztunnels', reconcileZtunnel);
      all('istiorevisiontags', reconcileTag);
    }
  });
  rt.on(SAIL, 'istiorevisiontags', (e) => {
    if (specChanged(e))
      rt.enqueue(`istiorevisiontags/${e.object.metadata.name}`, () =>
        reconcileTag(e.object.metadata.name as string),
      );
    // A tag resolving to a revision puts that revision in use.
    if (
      e.type === 'DELETED' ||
      asDict(e.old?.status).istioRevision !== asDict(e.object.status).istioRevision
    )
      all('istios', reconcileIstio);
  });
  // A pod referencing a revision or a tag (injection intent or the injecting revision).
  rt.on('', 'pods', (e) => {
    const ref = (o?: KObj): string | undefined => {
      if (!o) return undefined;
      const r = `${revisionFromPod(o.metadata.labels)}/${o.metadata.annotations?.['istio.io/rev'] ?? ''}`;
      return r === '/' ? undefined : `${r}/${asDict(o.status).phase === 'Succeeded'}`;
    };
    const now = ref(e.object);
    const before = ref(e.old);
    if ((now || before) && (e.type !== 'MODIFIED' || now !== before)) {
      all('istios', reconcileIstio);
      all('istiorevisiontags', reconcileTag);
    }
  });
  const dependency =
    (plural: string, fn: (n: string) => void) =>
    (e: { type: string; object: KObj; old?: KObj }) => {
      if (specChanged(e))
        rt.enqueue(`${plural}/${e.object.metadata.name}`, () =>
          fn(e.object.metadata.name as string),
        );
      if (e.type === 'DELETED' || JSON.stringify(e.old?.status) !== JSON.stringify(e.object.status))
        all('istios', reconcileIstio);
    };
  rt.on(SAIL, 'istiocnis', dependency('istiocnis', reconcileCni));
  rt.on(SAIL, 'ztunnels', dependency('ztunnels', reconcileZtunnel));
  rt.on('', 'namespaces', (e) => {
    const labelsChanged =
      JSON.stringify(e.old?.metadata.labels) !== JSON.stringify(e.object.metadata.labels);
    if (
      e.type !== 'MODIFIED' ||
      !!e.object.metadata.deletionTimestamp !== !!e.old?.metadata.deletionTimestamp
    )
      reconcileAll();
    else if (
      labelsChanged &&
      revisionFromNamespace(e.old?.metadata.labels) !==
        revisionFromNamespace(e.object.metadata.labels)
    ) {
      all('istios', reconcileIstio);
      all('istiorevisiontags', reconcileTag);
    }
  });
  const ownedStatus = (e: { object: KObj; old?: KObj; type: string }): void => {
    const owner = controllerOf(e.object);
    if (!owner || !owner.apiVersion.startsWith(`${SAIL}/`)) return;
    if (e.type === 'MODIFIED' && JSON.stringify(e.old?.status) === JSON.stringify(e.object.status))
      return;
    if (owner.kind === 'Istio')
      rt.enqueue(`istios/${owner.name}`, () => reconcileIstio(owner.name));
    if (owner.kind === 'IstioCNI')
      rt.enqueue(`istiocnis/${owner.name}`, () => reconcileCni(owner.name));
    if (owner.kind === 'ZTunnel')
      rt.enqueue(`ztunnels/${owner.name}`, () => reconcileZtunnel(owner.name));
  };
  rt.on('apps', 'deployments', ownedStatus);
  rt.on('apps', 'daemonsets', ownedStatus);
};
