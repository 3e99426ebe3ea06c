/**
 * istiod's `istio.io/WaypointBound` condition on Services, from upstream (istio/istio
 * pilot/pkg/serviceregistry/kube/controller/ambient/waypoints.go fetchWaypointForTarget and
 * fetchWaypointForService, status.go, pilot/pkg/model/service.go; release-1.26..1.28).
 */
import { asDict, type Dict, type KObj } from '../api/types';
import { selectorMatches, type Selector } from './cniRules';
import type { Runtime } from './runtime';

const GW = 'gateway.networking.k8s.io';
export const WAYPOINT_BOUND = 'istio.io/WaypointBound';

type Ref = { name: string; namespace: string };
type Bound = { status: 'True' | 'False'; reason: string; message: string } | undefined;

const refOf = (o: KObj | undefined, fallback: string): Ref | null | undefined => {
  const l = o?.metadata.labels ?? {};
  if (!('istio.io/use-waypoint' in l)) return undefined;
  if (l['istio.io/use-waypoint'] === 'none') return null;
  return {
    name: l['istio.io/use-waypoint'],
    namespace: l['istio.io/use-waypoint-namespace'] ?? fallback,
  };
};

const allows = (gw: KObj, ns: KObj | undefined, nsName: string): boolean => {
  const listeners = (asDict(gw.spec).listeners as Dict[] | undefined) ?? [];
  const l = listeners.find((x) => x.protocol === 'HBONE' && x.port === 15008);
  const from = asDict(asDict(l?.allowedRoutes).namespaces);
  if (from.from === 'All') return true;
  if (from.from === 'Selector')
    return selectorMatches(from.selector as Selector | undefined, ns?.metadata.labels);
  return gw.metadata.namespace === nsName;
};

/** What istiod reports for one Service (undefined: no condition). */
export const waypointBound = (
  svc: KObj,
  ns: KObj | undefined,
  gateways: KObj[],
  classes: KObj[] = [],
): Bound => {
  const nsName = svc.metadata.namespace as string;
  if (svc.metadata.labels?.['gateway.istio.io/managed'] === 'istio.io-mesh-controller')
    return undefined;
  let ref = refOf(svc, nsName);
  if (ref === undefined) ref = refOf(ns, nsName) ?? null;
  if (!ref) return undefined;
  const key = `${ref.namespace}/${ref.name}`;
  const gw = gateways.find(
    (g) =>
      g.metadata.namespace === ref.namespace &&
      g.metadata.name === ref.name &&
      ((asDict(g.status).addresses as unknown[] | undefined) ?? []).length > 0,
  );
  if (!gw)
    return {
      status: 'False',
      reason: 'WaypointIsNotReady',
      message: `waypoint "${key}" is not ready`,
    };
  if (!allows(gw, ns, nsName))
    return {
      status: 'False',
      reason: 'AttachmentDenied',
      message: `we are not permitted to attach to waypoint "${key}" (missing allowedRoutes?)`,
    };
  const cls = classes.find((c) => c.metadata.name === asDict(gw.spec).gatewayClassName);
  const type =
    gw.metadata.labels?.['istio.io/waypoint-for'] ??
    cls?.metadata.labels?.['istio.io/waypoint-for'] ??
    'service';
  if (type !== 'service' && type !== 'all')
    return {
      status: 'False',
      reason: 'UnsupportedTrafficType',
      message: `attempting to bind to traffic type "service" which the waypoint "${key}" does not support`,
    };
  return {
    status: 'True',
    reason: 'WaypointAccepted',
    message: `Successfully attached to waypoint ${key}`,
  };
};

export const startWaypointBinding = (rt: Runtime): void => {
  const { api } = rt;
  const reconcile = (nsName: string, name: string): void => {
    const svcType = rt.rt('', 'services');
    const svc = api.find(svcType, nsName, name);
    if (!svc || svc.metadata.deletionTimestamp) return;
    const ns = api.store.get('/namespaces', '', nsName);
    const gateways = rt.maybeRt(GW, 'gateways')
      ? api.store.list(`${GW}/gateways`).map((e) => e.obj)
      : [];
    const classes = rt.maybeRt(GW, 'gatewayclasses')
      ? api.store.list(`${GW}/gatewayclasses`).map((e) => e.obj)
      : [];
    const want = waypointBound(svc, ns, gateways, classes);
    const conds = (asDict(svc.status).conditions as Dict[] | undefined) ?? [];
    const cur = conds.find((c) => c.type === WAYPOINT_BOUND);
    if (
      (!want && !cur) ||
      (want &&
        cur &&
        cur.status === want.status &&
        cur.reason === want.reason &&
        cur.message === want.message)
    )
      return;
    api.mutate(
      svcType,
      nsName,
      name,
      (o) => {
        const st = asDict(o.status);
        const rest = ((st.conditions as Dict[] | undefined) ?? []).filter(
          (c) => c.type !== WAYPOINT_BOUND,
        );
        const next = want
          ? [
              ...rest,
              { type: WAYPOINT_BOUND, ...want, lastTransitionTime: new Date().toISOString() },
            ]
          : rest;
        o.status = { ...st, conditions: next.length ? next : undefined };
        if (!next.length) delete (o.status as Dict).conditions;
      },
      'status',
    );
  };
  const enqueue = (s: KObj): void => {
    const ns = s.metadata.namespace as string;
    const name = s.metadata.name as string;
    rt.enqueue(`wpbound/${ns}/${name}`, () => reconcile(ns, name));
  };
  const all = (ns?: string): void => {
    for (const e of api.store.list('/services', ns)) enqueue(e.obj);
  };
  rt.on('', 'services', (e) => {
    if (e.type === 'DELETED') return;
    if (
      e.type === 'ADDED' ||
      JSON.stringify(e.old?.metadata.labels) !== JSON.stringify(e.object.metadata.labels)
    )
      enqueue(e.object);
  });
  rt.on('', 'namespaces', (e) => {
    if (e.type === 'DELETED') return;
    if (JSON.stringify(e.old?.metadata.labels) !== JSON.stringify(e.object.metadata.labels))
      all(e.object.metadata.name as string);
  });
  rt.on(GW, 'gateways', (e) => {
    const before = JSON.stringify([
      asDict(e.old?.status).addresses,
      e.old?.spec,
      e.old?.metadata.labels,
    ]);
    const after = JSON.stringify([
      asDict(e.object.status).addresses,
      e.object.spec,
      e.object.metadata.labels,
    ]);
    if (e.type !== 'MODIFIED' || before !== after) all();
  });
};
