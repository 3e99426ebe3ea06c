import type { LabelSelector } from '../../k8s/common/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import { AMBIENT, DATAPLANE_MODE_LABEL, DEFAULT_DISCOVERY_LABEL } from '../labels';
import { isDiscovered } from '../../k8s/common/labelSelector';
import type { LabelChanges } from '../../k8s/common/labelPatch';
import { injectionLabelsPresent, sidecarInjectionLabels } from './namespaceEnrollment';
import { evaluatePod, hasSidecar, isStuckOnZtunnel } from './podEnrollment';
import type { CniRules } from './cniRules';
import { getLabels, getName } from '../../k8s/common/selectors';

/** What the page knows about the mesh; `undefined` means the user cannot read it. */
export type MeshFacts = {
  /** Ambient is installed (an Istio and a ZTunnel CR exist). */
  installed?: boolean;
  /** The Istio CR's discovery selectors ([] = every namespace is seen). */
  discoverySelectors?: LabelSelector[];
  /** Nodes that run a ready ztunnel pod. */
  ztunnelNodes?: Set<string>;
  /** Revisions (and tags) that exist, for the injection webhooks' selectors. */
  revisions?: string[];
  /** The CNI agent's rule for the cluster's Istio version (the IstioCNI CR); 1.26 when unknown. */
  cniRules?: CniRules;
};

export type FindingId =
  | 'not-installed'
  | 'not-discovered'
  | 'sidecar-injection'
  | 'host-network'
  | 'no-ztunnel'
  | 'stuck'
  | 'unverified';

export type Finding =
  | { id: 'not-installed'; severity: 'danger' }
  | { id: 'not-discovered'; severity: 'warning'; label: { key: string; value: string } }
  | { id: 'sidecar-injection'; severity: 'warning'; labels: string[]; sidecarPods: number }
  | { id: 'host-network'; severity: 'info'; pods: string[] }
  | { id: 'no-ztunnel'; severity: 'warning'; nodes: string[]; pods: number }
  | { id: 'stuck'; severity: 'warning'; pods: string[]; nodes: string[] }
  | { id: 'unverified'; severity: 'info'; facts: ('installed' | 'discovery' | 'ztunnel')[] };

/**
 * The label that makes a namespace seen by the mesh: the first matchLabels entry of the Istio
 * CR's discovery selectors, else the conventional `istio-discovery=enabled`.
 */
export const discoveryLabelFor = (
  selectors: LabelSelector[] = [],
): { key: string; value: string } => {
  for (const s of selectors) {
    const first = Object.entries(s.matchLabels ?? {})[0];
    if (first) return { key: first[0], value: first[1] };
  }
  return { ...DEFAULT_DISCOVERY_LABEL };
};

/** Pre-flight checks before putting a namespace into the ambient mesh. Pure. */
export const enrollmentPreflight = (
  ns: NamespaceKind,
  pods: PodKind[],
  facts: MeshFacts,
): Finding[] => {
  const out: Finding[] = [];
  const unverified: ('installed' | 'discovery' | 'ztunnel')[] = [];
  if (facts.installed === false) out.push({ id: 'not-installed', severity: 'danger' });
  if (facts.installed === undefined) unverified.push('installed');

  if (facts.discoverySelectors === undefined) {
    if (facts.installed !== false) unverified.push('discovery');
  } else if (!isDiscovered(getLabels(ns), facts.discoverySelectors)) {
    out.push({
      id: 'not-discovered',
      severity: 'warning',
      label: discoveryLabelFor(facts.discoverySelectors),
    });
  }

  const injection = sidecarInjectionLabels(ns, facts.revisions);
  const sidecarPods = pods.filter(hasSidecar).length;
  if (injection.length > 0 || sidecarPods > 0) {
    out.push({ id: 'sidecar-injection', severity: 'warning', labels: injection, sidecarPods });
  }

  const hostNetwork = pods.filter((p) => p.spec?.hostNetwork === true);
  if (hostNetwork.length > 0) {
    out.push({
      id: 'host-network',
      severity: 'info',
      pods: hostNetwork.map((p) => getName(p)),
    });
  }

  if (facts.ztunnelNodes === undefined) {
    if (facts.installed !== false) unverified.push('ztunnel');
  } else if (facts.installed !== false) {
    const nodes = new Set<string>();
    let count = 0;
    pods.forEach((p) => {
      const node = p.spec?.nodeName;
      if (!node || p.spec?.hostNetwork || facts.ztunnelNodes?.has(node)) return;
      nodes.add(node);
      count += 1;
    });
    if (count > 0)
      out.push({ id: 'no-ztunnel', severity: 'warning', nodes: [...nodes], pods: count });
  }
  const stuck = stuckPods(ns, pods, facts);
  if (stuck.length > 0)
    out.push({
      id: 'stuck',
      severity: 'warning',
      pods: stuck.map((p) => getName(p)),
      nodes: [...new Set(stuck.map((p) => p.spec?.nodeName ?? ''))].filter(Boolean),
    });
  if (unverified.length > 0) out.push({ id: 'unverified', severity: 'info', facts: unverified });
  return out;
};

// istio/istio cni/pkg/nodeagent/meshdataplane_linux.go AddPodToMesh, cni/pkg/plugin/plugin.go
// CmdAdd (release-1.26..1.28): an enrolled pod whose node's ztunnel cannot take it is marked
// `pending` and its sandbox setup fails, so it stays ContainerCreating until ztunnel is back.
/**
 * Enrolled pods held in ContainerCreating by the CNI plugin because their node's ztunnel is down
 * (a node with a ready ztunnel would have taken them; unknown ztunnel nodes do not clear them).
 */
export const stuckPods = (ns: NamespaceKind, pods: PodKind[], facts: MeshFacts): PodKind[] =>
  pods.filter((p) => {
    if (!isStuckOnZtunnel(p)) return false;
    const node = p.spec?.nodeName;
    const ztunnelReady = !!node && !!facts.ztunnelNodes?.has(node);
    if (ztunnelReady) return false;
    return evaluatePod(p, ns, false, facts.cniRules).enrolled;
  });

/** Findings that deserve the user's attention before enrolling (not just information). */
export const needsConfirmation = (findings: Finding[]): boolean =>
  findings.some((f) => f.severity !== 'info');

export type EnrollOptions = {
  /** Also add the discovery label (when the namespace is not seen by the mesh). */
  addDiscoveryLabel: boolean;
  /** Remove the sidecar injection labels (migrate from sidecars to ambient). */
  migrateSidecars: boolean;
};

/** Default choices: fix what would make enrollment useless; migrating is the user's call. */
export const defaultEnrollOptions = (findings: Finding[]): EnrollOptions => ({
  addDiscoveryLabel: findings.some((f) => f.id === 'not-discovered'),
  migrateSidecars: false,
});

/** The label changes that enroll a namespace, with the chosen fixes, in one patch. */
export const enrollChanges = (
  ns: NamespaceKind,
  findings: Finding[],
  options: EnrollOptions,
): LabelChanges => {
  const changes: LabelChanges = { [DATAPLANE_MODE_LABEL]: AMBIENT };
  const discovery = findings.find((f) => f.id === 'not-discovered');
  if (options.addDiscoveryLabel && discovery?.id === 'not-discovered') {
    changes[discovery.label.key] = discovery.label.value;
  }
  if (options.migrateSidecars) {
    injectionLabelsPresent(ns).forEach((key) => {
      changes[key] = null;
    });
  }
  return changes;
};

export type RemoveMode = 'remove' | 'exclude';

/** "Remove" deletes the label (the namespace falls back to no mode); "Exclude" sets it to none. */
export const removeChanges = (mode: RemoveMode): LabelChanges => ({
  [DATAPLANE_MODE_LABEL]: mode === 'exclude' ? 'none' : null,
});
