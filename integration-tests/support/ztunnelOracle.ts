/**
 * What `istioctl ztunnel-config workloads` would print for the sandbox's objects, computed from
 * upstream's rules only (no plugin code): istio/istio release-1.26..1.28
 * - pilot/pkg/serviceregistry/kube/controller/ambient/workloads.go podWorkloadBuilder: no
 *   workload for a terminal pod (pkg/kube/util.go CheckPodTerminal) nor for one without an IP;
 *   every IP of the pod; setTunnelProtocol: HBONE when `ambient.istio.io/redirection=enabled` or
 *   the `networking.istio.io/tunnel` label lists `http`; computeWaypoint: none for a waypoint's
 *   own pod;
 * - .../ambient/waypoints.go: use-waypoint on the pod, else on its namespace (`none` stops it,
 *   a present label counts even when empty); the Waypoint must have an address, admit the
 *   namespace through its HBONE listener's allowedRoutes (default Same), and take workload
 *   traffic (`istio.io/waypoint-for` of the Gateway, else of its GatewayClass, else service);
 * - istiod sees only namespaces matched by the Istio CR's discovery selectors;
 * - istioctl/pkg/writer/ztunnel/configdump/workload.go: columns, IPs comma-joined, waypoint
 *   name or None, rows sorted by namespace.name then node.
 */
import type { ApiCall } from './api';

type Labels = Record<string, string>;
type Meta = { name: string; namespace?: string; labels?: Labels; annotations?: Labels };
type Selector = {
  matchLabels?: Labels;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
};
type Pod = {
  metadata: Meta;
  spec: { nodeName?: string };
  status?: { phase?: string; podIP?: string; podIPs?: { ip: string }[] };
};
type Listener = {
  port: number;
  protocol: string;
  allowedRoutes?: { namespaces?: { from?: string; selector?: Selector } };
};
type Gateway = {
  metadata: Meta;
  spec: { gatewayClassName: string; listeners: Listener[] };
  status?: { addresses?: { value: string }[] };
};
type Obj = {
  metadata: Meta;
  spec?: { values?: { meshConfig?: { discoverySelectors?: Selector[] } } };
};
type List<T> = { items?: T[] };

export type ZtunnelRow = {
  namespace: string;
  name: string;
  address: string;
  node: string;
  waypoint: string;
  protocol: 'HBONE' | 'TCP';
};

const matches = (sel: Selector, labels: Labels = {}): boolean =>
  Object.entries(sel.matchLabels ?? {}).every(([k, v]) => labels[k] === v) &&
  (sel.matchExpressions ?? []).every((r) => {
    const has = r.key in labels;
    const vals = r.values ?? [];
    if (r.operator === 'In') return has && vals.includes(labels[r.key]);
    if (r.operator === 'NotIn') return !has || !vals.includes(labels[r.key]);
    if (r.operator === 'Exists') return has;
    if (r.operator === 'DoesNotExist') return !has;
    return false;
  });

const waypointRefOf = (meta: Meta | undefined, fallbackNs: string) => {
  const labels = meta?.labels ?? {};
  if (!('istio.io/use-waypoint' in labels)) return undefined;
  const name = labels['istio.io/use-waypoint'];
  if (name === 'none') return null;
  return { name, namespace: labels['istio.io/use-waypoint-namespace'] ?? fallbackNs };
};

const admits = (gw: Gateway, ns: Obj | undefined, nsName: string): boolean => {
  const l = gw.spec.listeners.find((x) => x.protocol === 'HBONE' && x.port === 15008);
  const allowed = l?.allowedRoutes?.namespaces;
  const from = allowed?.from ?? 'Same';
  if (from === 'All') return true;
  if (from === 'Selector') return matches(allowed?.selector ?? {}, ns?.metadata.labels);
  return gw.metadata.namespace === nsName;
};

export const ztunnelWorkloads = async (api: ApiCall): Promise<ZtunnelRow[]> => {
  const get = async <T>(path: string): Promise<T[]> =>
    ((await api<List<T>>('GET', path)).body.items ?? []) as T[];
  const [pods, namespaces, gateways, classes, istios] = await Promise.all([
    get<Pod>('/api/v1/pods'),
    get<Obj>('/api/v1/namespaces'),
    get<Gateway>('/apis/gateway.networking.k8s.io/v1/gateways'),
    get<Obj>('/apis/gateway.networking.k8s.io/v1/gatewayclasses'),
    get<Obj>('/apis/sailoperator.io/v1/istios'),
  ]);
  const nsByName = new Map(namespaces.map((n) => [n.metadata.name, n]));
  const selectors = istios[0]?.spec?.values?.meshConfig?.discoverySelectors ?? [];
  const discovered = (ns: string) =>
    selectors.length === 0 || selectors.some((s) => matches(s, nsByName.get(ns)?.metadata.labels));
  // Waypoints istiod knows: Gateways with an address (WaypointsCollection).
  const waypoints = new Map(
    gateways
      .filter((g) => (g.status?.addresses ?? []).length > 0)
      .map((g) => [`${g.metadata.namespace}/${g.metadata.name}`, g]),
  );
  const trafficType = (g: Gateway): string => {
    const cls = classes.find((c) => c.metadata.name === g.spec.gatewayClassName);
    return (
      g.metadata.labels?.['istio.io/waypoint-for'] ??
      cls?.metadata.labels?.['istio.io/waypoint-for'] ??
      'service'
    );
  };
  const workloadWaypoint = (pod: Pod): string => {
    const ns = pod.metadata.namespace ?? '';
    const instanceOf = pod.metadata.labels?.['gateway.networking.k8s.io/gateway-name'];
    if (instanceOf && waypoints.has(`${ns}/${instanceOf}`)) return 'None';
    const nsObj = nsByName.get(ns);
    let ref = waypointRefOf(pod.metadata, ns);
    if (ref === undefined) ref = waypointRefOf(nsObj?.metadata, ns) ?? null;
    if (!ref) return 'None';
    const gw = waypoints.get(`${ref.namespace}/${ref.name}`);
    if (!gw || !admits(gw, nsObj, ns)) return 'None';
    const t = trafficType(gw);
    return t === 'workload' || t === 'all' ? gw.metadata.name : 'None';
  };

  const rows: ZtunnelRow[] = [];
  for (const pod of pods) {
    const ns = pod.metadata.namespace ?? '';
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed' || !discovered(ns)) continue;
    let ips = (pod.status?.podIPs ?? []).map((p) => p.ip);
    if (ips.length === 0 && pod.status?.podIP) ips = [pod.status.podIP];
    if (ips.length === 0) continue;
    const tunnel = pod.metadata.labels?.['networking.istio.io/tunnel'];
    const hbone =
      pod.metadata.annotations?.['ambient.istio.io/redirection'] === 'enabled' ||
      (tunnel !== undefined && tunnel.split(',').includes('http'));
    rows.push({
      namespace: ns,
      name: pod.metadata.name,
      address: ips.join(','),
      node: pod.spec.nodeName ?? '',
      waypoint: workloadWaypoint(pod),
      protocol: hbone ? 'HBONE' : 'TCP',
    });
  }
  const key = (r: ZtunnelRow) => `${r.namespace}.${r.name}`;
  return rows.sort((a, b) =>
    key(a) !== key(b) ? (key(a) < key(b) ? -1 : 1) : a.node < b.node ? -1 : a.node > b.node ? 1 : 0,
  );
};
