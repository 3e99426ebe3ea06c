/**
 * Install and overview benchmarks (pure logic, one pass each, median of 7 runs):
 * 1. The overview's model on a large cluster: pods per node and enrollment counts for
 *    20,000 pods on 200 nodes. Goal < 100 ms.
 * 2. The prerequisites on 2,000 namespaces, the install plan, its YAML and oc commands.
 *    Goal < 100 ms.
 */
import { enrollmentCounts, podsPerNode } from '../src/mesh/health/overview';
import { buildInstallPlan } from '../src/mesh/install/plan';
import { ocCommands } from '../src/mesh/install/oc';
import { planYaml } from '../src/mesh/install/yaml';
import { DEFAULT_CHOICES } from '../src/mesh/install/types';
import { evaluatePreflight } from '../src/mesh/preflight/evaluate';
import type { PreflightInput } from '../src/mesh/preflight/types';
import type { NamespaceKind } from '../src/k8s/namespace/types';
import type { NodeKind } from '../src/k8s/node/types';
import type { PodKind } from '../src/k8s/pod/types';
import { median, time } from './stats';

const OVERVIEW_GOAL_MS = 100;
const PLAN_GOAL_MS = 100;

const nodes: NodeKind[] = Array.from({ length: 200 }, (_, i) => ({
  metadata: { name: `node-${i}` },
}));
const running = {
  phase: 'Running' as const,
  conditions: [{ type: 'Ready', status: 'True' as const }],
};
const pod = (
  ns: string,
  i: number,
  labels: Record<string, string>,
  annotations?: Record<string, string>,
): PodKind => ({
  metadata: { name: `p-${i}`, namespace: ns, labels, annotations },
  spec: { nodeName: `node-${i % 200}`, containers: [] },
  status: running,
});
const pods: PodKind[] = Array.from({ length: 20000 }, (_, i) =>
  pod(
    `app-${i % 2000}`,
    i,
    { app: 'x' },
    i % 2 ? { 'ambient.istio.io/redirection': 'enabled' } : undefined,
  ),
);
const ztunnels = nodes.map((_, i) => pod('ztunnel', i, { app: 'ztunnel' }));
const namespaces: NamespaceKind[] = Array.from(
  { length: 2000 },
  (_, i): NamespaceKind => ({
    metadata: {
      name: `app-${i}`,
      labels: i % 3 ? { 'istio.io/dataplane-mode': 'ambient' } : { 'istio-injection': 'enabled' },
    },
  }),
);

const overview = median(
  time(() => {
    podsPerNode(nodes, { istiod: [], istioCNI: [], ztunnel: ztunnels });
    enrollmentCounts(namespaces, pods);
  }),
);

const loaded = <T>(data: T) => ({ loaded: true, data });
const input: PreflightInput = {
  clusterVersion: loaded({ status: { desired: { version: '4.19.3' } } }),
  istioCRD: loaded({
    spec: {
      group: 'sailoperator.io',
      names: { kind: 'Istio', plural: 'istios' },
      scope: 'Cluster',
      versions: [],
    },
  }),
  gatewayCRD: loaded(undefined),
  gatewayClassCRD: loaded(undefined),
  smcpCRD: loaded(undefined),
  csvs: loaded([]),
  network: loaded({ spec: {} }),
  istios: loaded([]),
  istioCNIs: loaded([]),
  ztunnels: loaded([]),
  namespaces: loaded(namespaces),
};
const choices = {
  ...DEFAULT_CHOICES,
  version: 'v1.26.8',
  scope: 'selected' as const,
  labelNamespaces: namespaces.slice(0, 200).map((n) => n.metadata?.name ?? ''),
};
const plan = median(
  time(() => {
    evaluatePreflight(input);
    const p = buildInstallPlan(choices, { ztunnelVersion: 'v1' });
    planYaml(p);
    ocCommands(p);
  }),
);

console.log(
  `overview model, 20,000 pods on 200 nodes: median ${overview.toFixed(1)} ms (goal < ${OVERVIEW_GOAL_MS})`,
);
console.log(
  `prerequisites + plan + YAML + oc, 2,000 namespaces, 200 labelled: median ${plan.toFixed(1)} ms (goal < ${PLAN_GOAL_MS})`,
);
process.exit(overview < OVERVIEW_GOAL_MS && plan < PLAN_GOAL_MS ? 0 : 1);
