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

const byName = <T extends { name: string }>(a: T, b: T) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/**
 * One build of the topology, pod by pod: `step` adds pods until it is told to stop (so that a
 * caller can build 20,000 pods in slices, see `chunkedBuild`), `finish` makes the model. With a
 * `cache` kept between builds, rows of pods (and contexts of namespaces) that did not change
 * are reused.
 */
export class TopologyBuild {
  private readonly gateways: GatewayIndex;
  private readonly ztunnels: ReturnType<typeof indexZtunnels> | undefined;
  private readonly nsByName = new Map<string, NamespaceKind>();
  private readonly contexts = new Map<string, NamespaceContext>();
  private readonly nodes = new Map<string, NodeSummary>();
  private readonly namespaces = new Map<string, NamespaceSummary>();
  private readonly rootNamespace: string;
  private readonly policies: IndexedPolicy[];
  private readonly rows: WorkloadRow[] = [];
  private next = 0;

  /**
   * `rowsOnly`: only derive (and cache) the rows of the pods, without the summaries, the policy
   * verdicts and the model: a warm-up for a later build of the same or a larger list.
   */
  constructor(
    private readonly input: TopologyInput,
    private readonly cache: TopologyCache,
    private readonly rowsOnly = false,
  ) {
    this.gateways = cache.begin(input);
    this.ztunnels = input.ztunnelPods ? indexZtunnels(input.ztunnelPods) : undefined;
    for (const ns of input.namespaces) this.nsByName.set(getName(ns), ns);
    for (const node of input.nodes) {
      const name = getName(node);
      const z = ztunnelStateOf(this.ztunnels, name);
      this.nodes.set(name, {
        ...emptyNode(name),
        ready: isNodeReady(node),
        ztunnel: z.state,
        ztunnelPod: z.pod,
      });
    }
    if (!rowsOnly) for (const name of this.nsByName.keys()) this.nsSummaryOf(name);
    this.rootNamespace = input.rootNamespace || DEFAULT_ROOT_NAMESPACE;
    this.policies = indexPolicies(rowsOnly ? [] : (input.authorizationPolicies ?? []), {
      services: input.policyServices ?? input.services ?? [],
      namespaces: this.nsByName,
      gateways: this.gateways,
      rootNamespace: this.rootNamespace,
    });
  }

  private contextOf(name: string): NamespaceContext {
    let ctx = this.contexts.get(name);
    if (!ctx) {
      const ns = this.nsByName.get(name);
      ctx = this.cache.context(name, ns, () =>
        namespaceContext(name, ns, this.input, this.gateways),
      );
      this.contexts.set(name, ctx);
    }
    return ctx;
  }

  private nodeOf(name: string): NodeSummary {
    let n = this.nodes.get(name);
    if (!n) {
      const z = ztunnelStateOf(this.ztunnels, name);
      n = { ...emptyNode(name), ztunnel: z.state, ztunnelPod: z.pod };
      this.nodes.set(name, n);
    }
    return n;
  }

  private nsSummaryOf(name: string): NamespaceSummary {
    let s = this.namespaces.get(name);
    if (!s) {
      const ctx = this.contextOf(name);
      s = {
        name,
        mode: getLabel(ctx.ns, DATAPLANE_MODE_LABEL),
        discovered: ctx.discovered,
        serviceWaypoint: ctx.serviceWaypoint,
        pods: 0,
        captured: 0,
        problems: 0,
      };
      this.namespaces.set(name, s);
    }
    return s;
  }

  private addPod(pod: PodKind): void {
    // a warm-up passes over the pods of earlier pages at the cost of one lookup each
    if (this.rowsOnly && this.cache.has(pod)) return;
    const { input } = this;
    const nsName = getNamespace(pod);
    const ctx = this.contextOf(nsName);
    const nodeName = pod.spec?.nodeName ?? '';
    const node = nodeName ? this.nodeOf(nodeName) : undefined;
    const ztunnel = node ? node.ztunnel : 'unknown';
    const row = this.cache.row(pod, ctx, ztunnel, () =>
      // Only the pods ztunnel lists (istio ambient/workloads.go, release-1.26..1.28).
      listedByZtunnel(pod, ctx.discovered)
        ? buildRow(
            pod,
            ctx,
            ztunnel,
            podRole(pod, input.ztunnelNamespace),
            this.gateways,
            input.cniRules,
          )
        : null,
    );
    if (!row || this.rowsOnly) return;
    // Policy verdicts change with the policies, not the pod: a cached row is never mutated.
    const shown =
      this.policies.length > 0
        ? withPolicyIssues(row, pod, this.policies, this.rootNamespace)
        : row;
    this.rows.push(shown);
    const nsSummary = this.nsSummaryOf(nsName);
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

  /**
   * Adds pods until all are in (returns true) or `stop` says so (checked every 64 pods;
   * returns false).
   */
  step(stop?: () => boolean): boolean {
    const { pods } = this.input;
    while (this.next < pods.length) {
      this.addPod(pods[this.next]);
      this.next += 1;
      if ((this.next & 63) === 0 && this.next < pods.length && stop?.()) return false;
    }
    return true;
  }

  /** The model of every pod added. */
  finish(): TopologyModel {
    return {
      rows: this.rows,
      nodes: [...this.nodes.values()].sort(byName),
      namespaces: [...this.namespaces.values()].sort(byName),
      waypoints: buildWaypoints(this.input, this.rows, this.nsByName, this.gateways),
      ztunnelKnown: this.ztunnels !== undefined,
      ztunnelNamespace: this.input.ztunnelNamespace,
    };
  }
}

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
  const build = new TopologyBuild(input, cache);
  build.step();
  return build.finish();
};
