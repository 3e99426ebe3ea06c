import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { NamespaceKind } from '../../k8s/namespace/types';
import { DATAPLANE_MODE_LABEL } from '../labels';
import { isDiscovered } from '../../k8s/common/labelSelector';
import { type GatewayIndex, indexGateways, resolveWaypoint } from '../waypoints/resolve';
import {
  type NamespaceContext,
  buildRow,
  listedByZtunnel,
  namespaceServiceWaypoint,
  podRole,
  toCell,
} from './rows';
import type { NamespaceSummary, NodeSummary, TopologyInput, TopologyModel } from './types';
import { buildWaypoints } from './waypoints';
import { isNodeReady } from '../../k8s/node/selectors';
import { indexZtunnels, ztunnelStateOf } from './ztunnel';
import { getLabel, getLabels, getName, getNamespace } from '../../k8s/common/selectors';

const namespaceContext = (
  name: string,
  ns: NamespaceKind | undefined,
  input: TopologyInput,
  gateways: GatewayIndex,
): NamespaceContext => {
  const probe: K8sResourceCommon = { metadata: { name: '', namespace: name, labels: {} } };
  return {
    ns,
    // A namespace the user cannot read is taken as discovered: nothing to flag from here.
    discovered: ns ? isDiscovered(getLabels(ns), input.discoverySelectors) : true,
    serviceWaypoint: namespaceServiceWaypoint(ns, name, gateways),
    inheritedWaypoint: toCell(resolveWaypoint(probe, ns, 'pod', gateways)),
  };
};

const emptyNode = (name: string): NodeSummary => ({
  name,
  ready: undefined,
  ztunnel: 'unknown',
  pods: 0,
  captured: 0,
  problems: 0,
  states: {},
});

/**
 * The topology of the mesh from the Kubernetes API alone: one row per pod (the columns of
 * `istioctl ztunnel-config workloads` plus intent, state and problems) and summaries per
 * node, namespace and waypoint. Pure and linear in the number of pods.
 */
export const buildTopology = (input: TopologyInput): TopologyModel => {
  const gateways = indexGateways(input.gateways, input.gatewayClasses);
  const ztunnels = input.ztunnelPods ? indexZtunnels(input.ztunnelPods) : undefined;
  const nsByName = new Map<string, NamespaceKind>();
  for (const ns of input.namespaces) nsByName.set(getName(ns), ns);

  const contexts = new Map<string, NamespaceContext>();
  const contextOf = (name: string): NamespaceContext => {
    let ctx = contexts.get(name);
    if (!ctx) {
      ctx = namespaceContext(name, nsByName.get(name), input, gateways);
      contexts.set(name, ctx);
    }
    return ctx;
  };

  const nodes = new Map<string, NodeSummary>();
  for (const node of input.nodes) {
    const name = getName(node);
    const z = ztunnelStateOf(ztunnels, name);
    nodes.set(name, {
      ...emptyNode(name),
      ready: isNodeReady(node),
      ztunnel: z.state,
      ztunnelPod: z.pod,
    });
  }
  const nodeOf = (name: string): NodeSummary => {
    let n = nodes.get(name);
    if (!n) {
      const z = ztunnelStateOf(ztunnels, name);
      n = { ...emptyNode(name), ztunnel: z.state, ztunnelPod: z.pod };
      nodes.set(name, n);
    }
    return n;
  };

  const namespaces = new Map<string, NamespaceSummary>();
  const nsSummaryOf = (name: string): NamespaceSummary => {
    let s = namespaces.get(name);
    if (!s) {
      const ctx = contextOf(name);
      s = {
        name,
        mode: getLabel(ctx.ns, DATAPLANE_MODE_LABEL),
        discovered: ctx.discovered,
        serviceWaypoint: ctx.serviceWaypoint,
        pods: 0,
        captured: 0,
        problems: 0,
      };
      namespaces.set(name, s);
    }
    return s;
  };
  for (const name of nsByName.keys()) nsSummaryOf(name);

  const rows: TopologyModel['rows'] = [];
  for (let i = 0; i < input.pods.length; i += 1) {
    const pod = input.pods[i];
    const nsName = getNamespace(pod);
    // Only the pods ztunnel lists (istio ambient/workloads.go, release-1.26..1.28).
    if (!listedByZtunnel(pod, contextOf(nsName).discovered)) continue;
    const nodeName = pod.spec?.nodeName ?? '';
    const node = nodeName ? nodeOf(nodeName) : undefined;
    const ztunnel = node ? node.ztunnel : 'unknown';
    const row = buildRow(
      pod,
      contextOf(nsName),
      ztunnel,
      podRole(pod, input.ztunnelNamespace),
      gateways,
      input.cniRules,
    );
    rows.push(row);
    const nsSummary = nsSummaryOf(nsName);
    nsSummary.pods += 1;
    if (row.protocol === 'HBONE') nsSummary.captured += 1;
    if (row.problems.length) nsSummary.problems += 1;
    if (node) {
      node.pods += 1;
      if (row.protocol === 'HBONE') node.captured += 1;
      if (row.problems.length) node.problems += 1;
      node.states[row.state] = (node.states[row.state] ?? 0) + 1;
    }
  }

  const byName = <T extends { name: string }>(a: T, b: T) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  return {
    rows,
    nodes: [...nodes.values()].sort(byName),
    namespaces: [...namespaces.values()].sort(byName),
    waypoints: buildWaypoints(input, rows, nsByName, gateways),
    ztunnelKnown: ztunnels !== undefined,
    ztunnelNamespace: input.ztunnelNamespace,
  };
};
