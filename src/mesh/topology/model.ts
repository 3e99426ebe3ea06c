import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import { DATAPLANE_MODE_LABEL } from '../labels';
import { isDiscovered } from '../../k8s/common/labelSelector';
import { type GatewayIndex, resolveWaypoint } from '../waypoints/resolve';
import {
  type NamespaceContext,
  buildRow,
  listedByZtunnel,
  namespaceServiceWaypoint,
  podRole,
  toCell,
} from './rows';
import type {
  NamespaceSummary,
  NodeSummary,
  TopologyInput,
  TopologyModel,
  WorkloadRow,
} from './types';
import { TopologyCache } from './rowCache';
import { buildWaypoints } from './waypoints';
import { isNodeReady } from '../../k8s/node/selectors';
import { indexZtunnels, ztunnelStateOf } from './ztunnel';
import { getLabel, getLabels, getName, getNamespace } from '../../k8s/common/selectors';
import { type IndexedPolicy, indexPolicies, policyIssues } from '../policy/enforcement';
import { policyWorkload } from '../policy/workload';

const DEFAULT_ROOT_NAMESPACE = 'istio-system';

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

/** The row with the L7 policies no waypoint enforces for it: a new row, the cached one unchanged. */
const withPolicyIssues = (
  row: WorkloadRow,
  pod: PodKind,
  policies: IndexedPolicy[],
  rootNamespace: string,
): WorkloadRow => {
  const issues = policyIssues(policies, policyWorkload(pod, row), rootNamespace);
  if (issues.length === 0) return row;
  const problems = [...row.problems];
  if (issues.some((i) => i.verdict === 'no-waypoint')) problems.push('policy-no-waypoint');
  if (issues.some((i) => i.verdict === 'selector-bound')) problems.push('policy-selector-bound');
  return { ...row, policies: issues, problems };
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
 * node, namespace and waypoint. Pure and linear in the number of pods. With a `cache` kept
 * between builds, rows of pods (and contexts of namespaces) that did not change are reused.
 */
export const buildTopology = (
  input: TopologyInput,
  cache: TopologyCache = new TopologyCache(),
): TopologyModel => {
  const gateways = cache.begin(input);
  const ztunnels = input.ztunnelPods ? indexZtunnels(input.ztunnelPods) : undefined;
  const nsByName = new Map<string, NamespaceKind>();
  for (const ns of input.namespaces) nsByName.set(getName(ns), ns);

  const contexts = new Map<string, NamespaceContext>();
  const contextOf = (name: string): NamespaceContext => {
    let ctx = contexts.get(name);
    if (!ctx) {
      const ns = nsByName.get(name);
      ctx = cache.context(name, ns, () => namespaceContext(name, ns, input, gateways));
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

  const rootNamespace = input.rootNamespace || DEFAULT_ROOT_NAMESPACE;
  const policies = indexPolicies(input.authorizationPolicies ?? [], {
    services: input.policyServices ?? input.services ?? [],
    namespaces: nsByName,
    gateways,
    rootNamespace,
  });

  const rows: TopologyModel['rows'] = [];
  for (let i = 0; i < input.pods.length; i += 1) {
    const pod = input.pods[i];
    const nsName = getNamespace(pod);
    const ctx = contextOf(nsName);
    const nodeName = pod.spec?.nodeName ?? '';
    const node = nodeName ? nodeOf(nodeName) : undefined;
    const ztunnel = node ? node.ztunnel : 'unknown';
    const row = cache.row(pod, ctx, ztunnel, () =>
      // Only the pods ztunnel lists (istio ambient/workloads.go, release-1.26..1.28).
      listedByZtunnel(pod, ctx.discovered)
        ? buildRow(
            pod,
            ctx,
            ztunnel,
            podRole(pod, input.ztunnelNamespace),
            gateways,
            input.cniRules,
          )
        : null,
    );
    if (!row) continue;
    // Policy verdicts change with the policies, not the pod: a cached row is never mutated.
    const shown = policies.length > 0 ? withPolicyIssues(row, pod, policies, rootNamespace) : row;
    rows.push(shown);
    const nsSummary = nsSummaryOf(nsName);
    nsSummary.pods += 1;
    if (shown.protocol === 'HBONE') nsSummary.captured += 1;
    if (shown.problems.length) nsSummary.problems += 1;
    if (node) {
      node.pods += 1;
      if (shown.protocol === 'HBONE') node.captured += 1;
      if (shown.problems.length) node.problems += 1;
      node.states[shown.state] = (node.states[shown.state] ?? 0) + 1;
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
