/**
 * The Sail operator (OpenShift Service Mesh 3): Istio -> istiod Deployment, IstioCNI -> istio-cni-node
 * DaemonSet, ZTunnel -> ztunnel DaemonSet, with the operator's condition types, reasons and messages.
 */
import { asDict, isDict, type Condition, type Dict, type KObj } from '../api/types';
import { conditionsOf, mergeConditions } from './conditions';
import { startIstio } from './istio';
import { startIstioRevisions } from './istioRevisions';
import { bareVersion } from './revision';
import { revisionFromNamespace, revisionFromPod, tagStatus } from './revisionTags';
import { refreshZtunnelPods, type WorkloadState } from './pods';
import { controllerOf, ownerRef, type Runtime } from './runtime';
import { reconciledCondition, SAIL, SAIL_FINALIZER, sailHelpers } from './sailCommon';
import { chartLabels, daemonSet, MANAGED } from './sailObjects';
import { istiodAddress, istiodServes, parseIstiodAddress, ztunnelTarget } from './ztunnelTarget';

export const startSail = (rt: Runtime, workloads?: WorkloadState): void => {
  const { api } = rt;
  const h = sailHelpers(rt);
  const istios = (): KObj[] => api.store.list(`${SAIL}/istios`).map((e) => e.obj);
  const revisions = (): KObj[] => api.store.list(`${SAIL}/istiorevisions`).map((e) => e.obj);
  const tags = (): KObj[] => api.store.list(`${SAIL}/istiorevisiontags`).map((e) => e.obj);
  const usage = () => ({
    namespaces: api.store.list('/namespaces').map((e) => e.obj),
    pods: api.store.list('/pods').map((e) => e.obj),
  });
  const { reconcileRevision } = startIstioRevisions(rt, h, { tags, usage });
  const { reconcileIstio } = startIstio(rt, h, reconcileRevision);

  /** The istiod address the ztunnel pod was started with (a new one comes with a new pod). */
  const dialedAddress = (pod: KObj): string | undefined => {
    const containers = (asDict(pod.spec).containers as Dict[] | undefined) ?? [];
    const env = containers.flatMap((c) => (c.env as { name: string; value?: string }[]) ?? []);
    return env.find((e) => e.name === 'XDS_ADDRESS')?.value;
  };
  if (workloads)
    workloads.ztunnelConnected = (pod) => {
      const address = dialedAddress(pod);
      if (address === undefined) return true;
      const target = parseIstiodAddress(address);
      return !!target && istiodServes(target, revisions());
    };

  /**
   * CheckDaemonSetReadiness: no pods scheduled, or fewer ready than scheduled. A template the
   * DaemonSet has not rolled out to every node yet counts as pods not ready.
   */
  const dsReady = (cr: KObj, namespace: string, name: string): Condition => {
    const ds = api.find(rt.rt('apps', 'daemonsets'), namespace, name);
    const notReady = (message: string): Condition => ({
      type: 'Ready',
      status: 'False',
      reason: 'DaemonSetNotReady',
      message,
    });
    if (!ds || controllerOf(ds)?.uid !== cr.metadata.uid)
      return notReady(`${name} DaemonSet not found`);
    const st = asDict(ds.status);
    const scheduled = Number(st.currentNumberScheduled ?? 0);
    if (!scheduled) return notReady(`no ${name} pods are currently scheduled`);
    const rolled =
      Number(st.observedGeneration ?? 0) >= Number(ds.metadata.generation ?? 1) &&
      Number(st.updatedNumberScheduled ?? scheduled) >= Number(st.desiredNumberScheduled ?? 0);
    if (!rolled || Number(st.numberReady ?? 0) < scheduled)
      return notReady(`not all ${name} pods are ready`);
    return { type: 'Ready', status: 'True' };
  };

  /** What the operator renders for a DaemonSet-backed CR (IstioCNI, ZTunnel). */
  type AgentSpec = {
    plural: 'istiocnis' | 'ztunnels';
    /** The chart and its Helm release (`istio-cni`, `ztunnel`). */
    chart: string;
    release: string;
    /** Name of the ServiceAccount and the DaemonSet (and the Ready check's pods). */
    serviceAccount: string;
    daemonSet: string;
    selector: Record<string, string>;
    podLabels: Record<string, string>;
    image: string;
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
      if (cr.metadata.deletionTimestamp) {
        if (!(cr.metadata.finalizers ?? []).includes(SAIL_FINALIZER)) return;
        // Finalize: the Helm release in spec.namespace is uninstalled (pods follow by GC).
        const target = String(asDict(cr.spec).namespace ?? '');
        h.uninstall(cr, [
          ['apps', 'daemonsets', target, agent.daemonSet],
          ['', 'serviceaccounts', target, agent.serviceAccount],
        ]);
        h.removeFinalizer(type, cr, SAIL_FINALIZER);
        return;
      }
      h.ensureFinalizer(type, cr, SAIL_FINALIZER);
      const env = agent.env?.(cr) ?? [];
      const err = h.validate(type, cr) ?? (typeof env === 'string' ? env : undefined);
      const target = String(asDict(cr.spec).namespace);
      if (!err && typeof env !== 'string') {
        const version = bareVersion(String(asDict(cr.spec).version ?? 'v1.26.8'));
        h.upsert('', 'serviceaccounts', {
          apiVersion: 'v1',
          kind: 'ServiceAccount',
          metadata: {
            name: agent.serviceAccount,
            namespace: target,
            labels: { ...MANAGED },
            ownerReferences: [ownerRef(cr)],
          },
        });
        h.upsert(
          'apps',
          'daemonsets',
          daemonSet(
            cr,
            agent.daemonSet,
            target,
            agent.selector,
            agent.podLabels,
            `registry.redhat.io/openshift-service-mesh/${agent.image}:${version}`,
            agent.hostNetwork,
            env,
            chartLabels(agent.chart, agent.daemonSet, agent.release, version),
          ),
        );
        // A new istiod address takes effect on the running ztunnel pods.
        if (agent.plural === 'ztunnels' && workloads)
          rt.enqueue('ztunnel-pods', () => refreshZtunnelPods(rt, workloads));
      } else h.event(cr, 'ReconcileError', `error reconciling resource: ${err}`);
      h.writeStatus(
        type,
        cr,
        [
          reconciledCondition(err),
          err
            ? {
                type: 'Ready',
                status: 'False',
                reason: 'DaemonSetNotReady',
                message: `${agent.daemonSet} DaemonSet not found`,
              }
            : dsReady(cr, target, agent.daemonSet),
        ],
        agent.status?.(cr) ?? {},
      );
    };

  const reconcileCni = reconcileAgent({
    plural: 'istiocnis',
    chart: 'cni',
    release: 'istio-cni',
    serviceAccount: 'istio-cni',
    daemonSet: 'istio-cni-node',
    selector: { 'k8s-app': 'istio-cni-node' },
    podLabels: { 'istio.io/dataplane-mode': 'none' },
    image: 'istio-cni-rhel9',
    hostNetwork: true,
  });

  const reconcileZtunnel = reconcileAgent({
    plural: 'ztunnels',
    chart: 'ztunnel',
    release: 'ztunnel',
    serviceAccount: 'ztunnel',
    daemonSet: 'ztunnel',
    selector: { app: 'ztunnel' },
    podLabels: { 'istio.io/dataplane-mode': 'none', 'sidecar.istio.io/inject': 'false' },
    image: 'istio-ztunnel-rhel9',
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

  /** controllers/istiorevisiontag: Reconciled, InUse, the revision and namespace it resolves to. */
  const reconcileTag = (name: string): void => {
    const type = rt.maybeRt(SAIL, 'istiorevisiontags');
    const tag = type && api.find(type, '', name);
    if (!type || !tag || tag.metadata.deletionTimestamp) return;
    const prev = asDict(tag.status);
    const st = tagStatus(tag, istios(), revisions(), usage(), {
      istioRevision: prev.istioRevision as string | undefined,
      istiodNamespace: prev.istiodNamespace as string | undefined,
    });
    if (st.conditions[0].status !== 'True')
      h.event(tag, String(st.conditions[0].reason), String(st.conditions[0].message));
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
    all('istiorevisions', reconcileRevision);
    all('istiorevisiontags', reconcileTag);
    all('istiocnis', reconcileCni);
    all('ztunnels', reconcileZtunnel);
  };
  /** Revision use changed: the revisions' InUse and the tags' InUse. */
  const usageChanged = (): void => {
    all('istiorevisions', reconcileRevision);
    all('istiorevisiontags', reconcileTag);
  };
  const specChanged = (e: { type: string; object: KObj; old?: KObj }): boolean =>
    e.type === 'ADDED' ||
    (e.type === 'MODIFIED' &&
      (e.old?.metadata.generation !== e.object.metadata.generation ||
        !!e.old?.metadata.deletionTimestamp !== !!e.object.metadata.deletionTimestamp ||
        JSON.stringify(e.old?.metadata.finalizers) !==
          JSON.stringify(e.object.metadata.finalizers)));
  const statusChanged = (e: { type: string; object: KObj; old?: KObj }): boolean =>
    e.type === 'DELETED' || JSON.stringify(e.old?.status) !== JSON.stringify(e.object.status);

  rt.on(SAIL, 'istios', (e) => {
    if (specChanged(e))
      rt.enqueue(`istios/${e.object.metadata.name}`, () =>
        reconcileIstio(e.object.metadata.name as string),
      );
    // A targetRef (ZTunnel, tag) follows the Istio's active revision.
    if (statusChanged(e)) {
      all('ztunnels', reconcileZtunnel);
      all('istiorevisiontags', reconcileTag);
    }
  });
  rt.on(SAIL, 'istiorevisions', (e) => {
    const name = e.object.metadata.name as string;
    if (specChanged(e)) rt.enqueue(`istiorevisions/${name}`, () => reconcileRevision(name));
    // The owner Istio copies its active revision's status and counts its revisions.
    const owner = controllerOf(e.object);
    if (owner?.kind === 'Istio' && (statusChanged(e) || e.type !== 'MODIFIED'))
      rt.enqueue(`istios/${owner.name}`, () => reconcileIstio(owner.name));
    // ztunnel reaches istiod once its revision is Ready; tags resolve against revisions.
    if (statusChanged(e) || e.type !== 'MODIFIED') {
      if (workloads) rt.enqueue('ztunnel-pods', () => refreshZtunnelPods(rt, workloads));
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
      all('istiorevisions', reconcileRevision);
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
    if ((now || before) && (e.type !== 'MODIFIED' || now !== before)) usageChanged();
  });
  const dependency =
    (plural: string, fn: (n: string) => void) =>
    (e: { type: string; object: KObj; old?: KObj }) => {
      if (specChanged(e))
        rt.enqueue(`${plural}/${e.object.metadata.name}`, () =>
          fn(e.object.metadata.name as string),
        );
      if (statusChanged(e)) all('istiorevisions', reconcileRevision);
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
    )
      usageChanged();
  });
  const ownedStatus = (e: { object: KObj; old?: KObj; type: string }): void => {
    const owner = controllerOf(e.object);
    if (!owner || !owner.apiVersion.startsWith(`${SAIL}/`)) return;
    if (e.type === 'MODIFIED' && JSON.stringify(e.old?.status) === JSON.stringify(e.object.status))
      return;
    if (owner.kind === 'IstioRevision')
      rt.enqueue(`istiorevisions/${owner.name}`, () => reconcileRevision(owner.name));
    if (owner.kind === 'IstioCNI')
      rt.enqueue(`istiocnis/${owner.name}`, () => reconcileCni(owner.name));
    if (owner.kind === 'ZTunnel')
      rt.enqueue(`ztunnels/${owner.name}`, () => reconcileZtunnel(owner.name));
  };
  rt.on('apps', 'deployments', ownedStatus);
  rt.on('apps', 'daemonsets', ownedStatus);
};
