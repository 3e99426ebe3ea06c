/**
 * istiod's Gateway controllers: the `istio` and `istio-waypoint` GatewayClasses once istiod is ready,
 * and for each Gateway of class istio-waypoint a Deployment and Service, then Accepted, Programmed
 * and an address.
 */
import { asDict, type Dict, type KObj } from '../api/types';
import { conditionsOf, isTrue, mergeConditions } from './conditions';
import { istioServing } from './revisionTags';
import { ownerRef, type Runtime } from './runtime';

const GW = 'gateway.networking.k8s.io';
const CLASSES: Record<string, string> = {
  istio: 'istio.io/gateway-controller',
  'istio-waypoint': 'istio.io/mesh-controller',
};

export const startWaypoints = (rt: Runtime): void => {
  const { api } = rt;

  const istiodReady = (): boolean =>
    api.store.list('sailoperator.io/istios').some((e) => isTrue(e.obj, 'Ready'));

  /**
   * The Ready IstioRevision whose istiod takes this Gateway (istio/istio pkg/revisions/tag_watcher.go,
   * release-1.26..1.28): its `istio.io/rev` must be that istiod's revision or a tag resolving to
   * it; a Gateway without the label is taken only by the default revision, or by the revision
   * the `default` IstioRevisionTag resolves to (`revisionTags.ts`). Revisions as Sail names them: InPlace ->
   * the Istio's name, RevisionBased -> `<name>-<version with dashes>`.
   */
  const servingIstio = (gw: KObj): KObj | undefined =>
    istioServing(
      gw.metadata.labels?.['istio.io/rev'] ?? '',
      api.store.list('sailoperator.io/istiorevisions').map((e) => e.obj),
      api.store.list('sailoperator.io/istiorevisiontags').map((e) => e.obj),
    );

  const reconcileClasses = (): void => {
    const type = rt.maybeRt(GW, 'gatewayclasses');
    if (!type) return;
    const ready = istiodReady();
    for (const [name, controllerName] of Object.entries(CLASSES)) {
      const cur = api.find(type, '', name);
      if (ready && !cur) {
        api.create(type, 'v1', '', {
          apiVersion: `${GW}/v1`,
          kind: 'GatewayClass',
          metadata: { name },
          spec: {
            controllerName,
            description:
              name === 'istio'
                ? 'The default Istio GatewayClass'
                : 'The default Istio waypoint GatewayClass',
          },
        });
        api.mutate(
          type,
          '',
          name,
          (o) =>
            (o.status = {
              conditions: mergeConditions(
                [],
                [
                  {
                    type: 'Accepted',
                    status: 'True',
                    reason: 'Accepted',
                    message: 'Handled by Istio controller',
                  },
                ],
              ),
            }),
          'status',
        );
      } else if (!ready && cur && !api.store.list('sailoperator.io/istios').length)
        api.delete(type, '', name);
    }
    for (const e of api.store.list(`${GW}/gateways`)) enqueueGateway(e.obj);
  };

  const reconcileGateway = (ns: string, name: string): void => {
    const type = rt.maybeRt(GW, 'gateways');
    if (!type) return;
    const gw = api.find(type, ns, name);
    if (!gw || gw.metadata.deletionTimestamp) return;
    const spec = asDict(gw.spec);
    const serving = servingIstio(gw);
    if (
      spec.gatewayClassName !== 'istio-waypoint' ||
      !api.store.get(`${GW}/gatewayclasses`, '', 'istio-waypoint') ||
      !serving
    )
      return;
    // The serving istiod renders the proxy of its own version (a new revision rolls it).
    const version = String(asDict(serving.spec).version ?? 'v1.26.8').replace(/^v/, '');
    const image = `registry.redhat.io/openshift-service-mesh/istio-proxyv2-rhel9:${version}`;
    const labels = {
      'gateway.networking.k8s.io/gateway-name': name,
      'gateway.istio.io/managed': 'istio.io-mesh-controller',
      'istio.io/dataplane-mode': 'none',
    };
    const waypointFor = gw.metadata.labels?.['istio.io/waypoint-for'];
    const svcType = rt.rt('', 'services');
    const depType = rt.rt('apps', 'deployments');
    if (!api.find(svcType, ns, name)) {
      api.create(svcType, 'v1', ns, {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
          name,
          namespace: ns,
          labels: { ...labels, ...(waypointFor ? { 'istio.io/waypoint-for': waypointFor } : {}) },
          ownerReferences: [ownerRef(gw)],
        },
        spec: {
          selector: { 'gateway.networking.k8s.io/gateway-name': name },
          ports: [
            {
              name: 'status-port',
              port: 15021,
              protocol: 'TCP',
              targetPort: 15021,
              appProtocol: 'tcp',
            },
            { name: 'mesh', port: 15008, protocol: 'TCP', targetPort: 15008, appProtocol: 'all' },
          ],
        },
      });
    }
    if (!api.find(depType, ns, name)) {
      api.create(depType, 'v1', ns, {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, namespace: ns, labels, ownerReferences: [ownerRef(gw)] },
        spec: {
          replicas: 1,
          selector: { matchLabels: { 'gateway.networking.k8s.io/gateway-name': name } },
          template: {
            metadata: { labels: { ...labels, 'sidecar.istio.io/inject': 'false' } },
            spec: {
              serviceAccountName: name,
              containers: [
                {
                  name: 'istio-proxy',
                  image,
                  ports: [{ containerPort: 15008, protocol: 'TCP' }],
                },
              ],
            },
          },
        },
      });
    }
    api.mutate(depType, ns, name, (o) => {
      const c = (
        asDict(asDict(asDict(o.spec).template).spec).containers as Dict[] | undefined
      )?.[0];
      if (c) c.image = image;
    });
    const dep = api.find(depType, ns, name);
    const programmed = Number(asDict(dep?.status).readyReplicas ?? 0) >= 1;
    const svc = api.find(svcType, ns, name);
    api.mutate(
      type,
      ns,
      name,
      (o) => {
        const prev = conditionsOf(o);
        const conds = mergeConditions(prev, [
          { type: 'Accepted', status: 'True', reason: 'Accepted', message: 'Resource accepted' },
          programmed
            ? {
                type: 'Programmed',
                status: 'True',
                reason: 'Programmed',
                message:
                  'Resource programmed, assigned to service(s) ' +
                  `${name}.${ns}.svc.cluster.local:15008`,
              }
            : {
                type: 'Programmed',
                status: 'False',
                reason: 'NoResources',
                message: 'Deployment waiting to be scheduled',
              },
        ]).map((c) => ({ ...c, observedGeneration: o.metadata.generation }));
        const status: Dict = { conditions: conds };
        if (programmed)
          // istio/istio pilot/pkg/config/kube/gateway (release-1.26..1.28): the Service's
          // cluster IP and its hostname.
          status.addresses = [
            { type: 'IPAddress', value: String(asDict(svc?.spec).clusterIP) },
            { type: 'Hostname', value: `${name}.${ns}.svc.cluster.local` },
          ];
        status.listeners = ((spec.listeners as Dict[] | undefined) ?? []).map((l) => ({
          name: l.name,
          attachedRoutes: 0,
          supportedKinds: [],
          conditions: conds.map((c) => ({
            ...c,
            reason: c.status === 'True' ? c.reason : c.reason,
          })),
        }));
        o.status = status;
      },
      'status',
    );
  };

  const enqueueGateway = (g: KObj): void => {
    const ns = g.metadata.namespace as string;
    const name = g.metadata.name as string;
    rt.enqueue(`gw/${ns}/${name}`, () => reconcileGateway(ns, name));
  };

  rt.on('sailoperator.io', 'istios', (e) => {
    if (e.type === 'DELETED' || isTrue(e.old, 'Ready') !== isTrue(e.object, 'Ready'))
      rt.enqueue('gatewayclasses', reconcileClasses);
  });
  // A revision becoming Ready (or going) takes its Gateways; a new version re-renders their proxy.
  rt.on('sailoperator.io', 'istiorevisions', (e) => {
    if (
      e.type === 'DELETED' ||
      isTrue(e.old, 'Ready') !== isTrue(e.object, 'Ready') ||
      asDict(e.old?.spec).version !== asDict(e.object.spec).version
    )
      for (const g of api.store.list(`${GW}/gateways`)) enqueueGateway(g.obj);
  });
  // A tag now resolving to a revision hands that revision's istiod the Gateways that use it.
  rt.on('sailoperator.io', 'istiorevisiontags', (e) => {
    if (JSON.stringify(e.old?.status) !== JSON.stringify(e.object.status))
      for (const g of api.store.list(`${GW}/gateways`)) enqueueGateway(g.obj);
  });
  rt.on(GW, 'gateways', (e) => {
    if (
      e.type === 'ADDED' ||
      (e.type === 'MODIFIED' &&
        (e.old?.metadata.generation !== e.object.metadata.generation ||
          e.old?.metadata.labels?.['istio.io/rev'] !== e.object.metadata.labels?.['istio.io/rev']))
    )
      enqueueGateway(e.object);
  });
  rt.on('apps', 'deployments', (e) => {
    const owner = e.object.metadata.ownerReferences?.find((r) => r.kind === 'Gateway');
    if (owner && e.type !== 'DELETED')
      rt.enqueue(`gw/${e.object.metadata.namespace}/${owner.name}`, () =>
        reconcileGateway(e.object.metadata.namespace as string, owner.name),
      );
  });
};
