import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import {
  defaultEnrollOptions,
  discoveryLabelFor,
  enrollChanges,
  enrollmentPreflight,
  needsConfirmation,
  removeChanges,
  stuckPods,
  type MeshFacts,
} from './preflight';

const ns = (labels: Record<string, string> = {}): NamespaceKind => ({
  metadata: { name: 'app', labels },
});
const pod = (name: string, node: string, extra: Partial<PodKind['spec']> = {}, sidecar = false) =>
  ({
    metadata: {
      name,
      namespace: 'app',
      annotations: sidecar ? { 'sidecar.istio.io/status': '{}' } : {},
    },
    spec: { containers: [{ name: 'c' }], nodeName: node, ...extra },
  }) as PodKind;

const allGood: MeshFacts = {
  installed: true,
  discoverySelectors: [{ matchLabels: { 'istio-discovery': 'enabled' } }],
  ztunnelNodes: new Set(['n1', 'n2']),
};
const seen = { 'istio-discovery': 'enabled' };

// istio/istio cni/pkg/nodeagent/meshdataplane_linux.go AddPodToMesh, cni/pkg/plugin/plugin.go
// (release-1.26..1.28): pending + ContainerCreating while the node's ztunnel is down.
describe('stuckPods', () => {
  const held = (name: string, node: string, labels: Record<string, string> = {}): PodKind => ({
    metadata: {
      name,
      namespace: 'app',
      labels,
      annotations: { 'ambient.istio.io/redirection': 'pending' },
    },
    spec: { containers: [{ name: 'c' }], nodeName: node },
    status: { phase: 'Pending' },
  });
  const ambientNs = ns({ ...seen, 'istio.io/dataplane-mode': 'ambient' });
  it.each<[string, PodKind, NamespaceKind, MeshFacts, boolean]>([
    ['enrolled, held, node without ztunnel', held('a', 'n3'), ambientNs, allGood, true],
    ['node with a ready ztunnel', held('a', 'n1'), ambientNs, allGood, false],
    [
      'ztunnel nodes unknown',
      held('a', 'n1'),
      ambientNs,
      { ...allGood, ztunnelNodes: undefined },
      true,
    ],
    [
      'not enrolled by the rule',
      held('a', 'n3', { 'istio.io/dataplane-mode': 'none' }),
      ambientNs,
      allGood,
      false,
    ],
    [
      'running with an IP',
      { ...held('a', 'n3'), status: { phase: 'Running', podIP: '10.0.0.1' } },
      ambientNs,
      allGood,
      false,
    ],
    [
      'not marked pending',
      { ...held('a', 'n3'), metadata: { name: 'a', namespace: 'app' } },
      ambientNs,
      allGood,
      false,
    ],
  ])('%s', (_what, p, namespace, facts, stuck) => {
    expect(stuckPods(namespace, [p], facts).length).toBe(stuck ? 1 : 0);
    const finding = enrollmentPreflight(namespace, [p], facts).find((f) => f.id === 'stuck');
    expect(finding).toEqual(
      stuck
        ? { id: 'stuck', severity: 'warning', pods: ['a'], nodes: [p.spec?.nodeName] }
        : undefined,
    );
  });
});

describe('enrollmentPreflight', () => {
  it('finds nothing for a discovered namespace on nodes with ztunnel', () => {
    expect(enrollmentPreflight(ns(seen), [pod('a', 'n1')], allGood)).toEqual([]);
  });

  it('flags a namespace the mesh does not see, with the label that fixes it', () => {
    const f = enrollmentPreflight(ns(), [], allGood);
    expect(f).toEqual([
      {
        id: 'not-discovered',
        severity: 'warning',
        label: { key: 'istio-discovery', value: 'enabled' },
      },
    ]);
    expect(enrollmentPreflight(ns(), [], { ...allGood, discoverySelectors: [] })).toEqual([]);
  });

  it('flags sidecar injection by either label, and sidecar pods', () => {
    const f = enrollmentPreflight(
      ns({ ...seen, 'istio.io/rev': 'default' }),
      [pod('a', 'n1', {}, true)],
      allGood,
    );
    expect(f).toEqual([
      { id: 'sidecar-injection', severity: 'warning', labels: ['istio.io/rev'], sidecarPods: 1 },
    ]);
  });

  it('lists hostNetwork pods and pods on nodes without a ready ztunnel', () => {
    const f = enrollmentPreflight(
      ns(seen),
      [pod('h', 'n3', { hostNetwork: true }), pod('x', 'n3'), pod('y', 'n1')],
      allGood,
    );
    expect(f).toEqual([
      { id: 'host-network', severity: 'info', pods: ['h'] },
      { id: 'no-ztunnel', severity: 'warning', nodes: ['n3'], pods: 1 },
    ]);
  });

  it('says when ambient is not installed, and what it could not verify', () => {
    expect(
      enrollmentPreflight(ns(seen), [pod('a', 'n1')], { ...allGood, installed: false }),
    ).toEqual([{ id: 'not-installed', severity: 'danger' }]);
    expect(enrollmentPreflight(ns(seen), [], {})).toEqual([
      { id: 'unverified', severity: 'info', facts: ['installed', 'discovery', 'ztunnel'] },
    ]);
  });

  it('asks for confirmation only for warnings and dangers', () => {
    expect(needsConfirmation([{ id: 'host-network', severity: 'info', pods: [] }])).toBe(false);
    expect(needsConfirmation(enrollmentPreflight(ns(), [], allGood))).toBe(true);
  });
});

describe('enroll and remove changes', () => {
  it('takes the discovery label from the Istio CR selectors', () => {
    expect(discoveryLabelFor([{ matchExpressions: [] }, { matchLabels: { mesh: 'on' } }])).toEqual({
      key: 'mesh',
      value: 'on',
    });
    expect(discoveryLabelFor([])).toEqual({ key: 'istio-discovery', value: 'enabled' });
  });

  it('enrolls with the chosen fixes in one set of changes', () => {
    const target = ns({ 'istio-injection': 'enabled' });
    const findings = enrollmentPreflight(target, [], allGood);
    const options = defaultEnrollOptions(findings);
    expect(options).toEqual({ addDiscoveryLabel: true, migrateSidecars: false });
    expect(enrollChanges(target, findings, options)).toEqual({
      'istio.io/dataplane-mode': 'ambient',
      'istio-discovery': 'enabled',
    });
    expect(
      enrollChanges(target, findings, { addDiscoveryLabel: false, migrateSidecars: true }),
    ).toEqual({
      'istio.io/dataplane-mode': 'ambient',
      'istio-injection': null,
    });
  });

  it('removes the label or sets it to none', () => {
    expect(removeChanges('remove')).toEqual({ 'istio.io/dataplane-mode': null });
    expect(removeChanges('exclude')).toEqual({ 'istio.io/dataplane-mode': 'none' });
  });
});
