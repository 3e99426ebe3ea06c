import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import {
  AMBIENT,
  DATAPLANE_MODE_LABEL,
  ISTIO_INJECTION_LABEL,
  ISTIO_REV_LABEL,
  NONE,
  REDIRECTION_ANNOTATION,
} from '../labels';
import { hasSidecar, podLabelIntent } from './podEnrollment';
import { CNI_RULES_DEFAULT, selectorsMatch, type CniRules } from './cniRules';
import { getAnnotation, getLabel, getLabels } from '../../k8s/common/selectors';

/** The namespace's own `istio.io/dataplane-mode` label. */
export type NamespaceLabelIntent = 'ambient' | 'none' | 'unset';

/** The data plane of a namespace, rolled up from its pods (or its labels when it has none). */
export type DataPlaneMode = 'ambient' | 'sidecar' | 'excluded' | 'none' | 'mixed';

export const DATA_PLANE_MODES: DataPlaneMode[] = [
  'ambient',
  'sidecar',
  'excluded',
  'none',
  'mixed',
];

/** Label set by the waypoint controller on waypoint pods; they are infrastructure, not workload. */
const MANAGED_GATEWAY_LABEL = 'gateway.istio.io/managed';

export const namespaceLabelIntent = (ns?: NamespaceKind): NamespaceLabelIntent => {
  const v = getLabel(ns, DATAPLANE_MODE_LABEL);
  if (v === AMBIENT) return 'ambient';
  if (v === NONE) return 'none';
  return 'unset';
};

// istio/istio manifests/charts/istio-control/istio-discovery/templates/mutatingwebhook.yaml
// (release-1.26..1.28): the revision webhook matches `istio.io/rev In [<rev>]` and
// `istio-injection DoesNotExist`; the `istio-injection=enabled` one exists for the default
// revision only.
/**
 * The labels that turn on sidecar injection for the namespace's new pods. `revisions` are the
 * revisions (and tags) that exist; when unknown, any value counts.
 */
export const sidecarInjectionLabels = (ns?: NamespaceKind, revisions?: string[]): string[] => {
  const labels = getLabels(ns);
  const known = (rev: string) => revisions === undefined || revisions.includes(rev);
  const injection = labels[ISTIO_INJECTION_LABEL];
  if (injection !== undefined) {
    return injection === 'enabled' && known('default') ? [ISTIO_INJECTION_LABEL] : [];
  }
  const rev = labels[ISTIO_REV_LABEL];
  return rev !== undefined && known(rev) ? [ISTIO_REV_LABEL] : [];
};

/** Every injection label present (migration removes them all, so none takes over). */
export const injectionLabelsPresent = (ns?: NamespaceKind): string[] =>
  [ISTIO_INJECTION_LABEL, ISTIO_REV_LABEL].filter((k) => getLabels(ns)[k] !== undefined);

// istio/istio cni/pkg/util (podutil.go 1.26, enablement_selector.go 1.27+): the roll-up follows
// the CNI agent's rule of the cluster's Istio version (cniRules.ts), as the pod table does.
/**
 * Pods that count for the roll-up: live, not waypoints, and not hostNetwork where the agent never
 * enrolls those (1.26, after 1.28); in 1.27 and 1.28 hostNetwork pods are enrolled like others.
 */
export const isWorkloadPod = (pod: PodKind, rules: CniRules = CNI_RULES_DEFAULT): boolean =>
  pod.status?.phase !== 'Succeeded' &&
  pod.status?.phase !== 'Failed' &&
  !(rules.hostNetworkExcluded && pod.spec?.hostNetwork === true) &&
  getLabel(pod, MANAGED_GATEWAY_LABEL) === undefined;

/** The data plane one pod is in by the CNI agent's rule (intent), not by its annotation. */
export const podDataPlane = (
  pod: PodKind,
  ns: NamespaceKind | undefined,
  rules: CniRules = CNI_RULES_DEFAULT,
): Exclude<DataPlaneMode, 'mixed'> => {
  if (hasSidecar(pod)) return 'sidecar';
  const selected =
    selectorsMatch(rules, pod.metadata?.labels, ns?.metadata?.labels) &&
    !rules.excludedNamespaces.includes(pod.metadata?.namespace ?? '');
  if (selected) return 'ambient';
  if (podLabelIntent(pod) === 'none' || namespaceLabelIntent(ns) === 'none') return 'excluded';
  return 'none';
};

/** The data plane a namespace asks for by its labels alone (sidecar injection wins over ambient). */
export const labelDataPlane = (
  ns?: NamespaceKind,
  rules: CniRules = CNI_RULES_DEFAULT,
): Exclude<DataPlaneMode, 'mixed'> => {
  if (sidecarInjectionLabels(ns).length > 0) return 'sidecar';
  // A new pod without labels: whether the selectors take it in this namespace.
  if (
    selectorsMatch(rules, {}, ns?.metadata?.labels) &&
    !rules.excludedNamespaces.includes(ns?.metadata?.name ?? '')
  )
    return 'ambient';
  if (namespaceLabelIntent(ns) === 'none') return 'excluded';
  return 'none';
};

export type NamespaceRollUp = {
  dataPlane: DataPlaneMode;
  /** Pods marked `ambient.istio.io/redirection=enabled` by the CNI agent. */
  captured: number;
  /** Live pods of the namespace. */
  total: number;
  /** Workload pods per data plane. */
  byMode: Record<Exclude<DataPlaneMode, 'mixed'>, number>;
};

/**
 * Rolls a namespace's pods up into one data plane: the mode all its workload pods share,
 * `mixed` when they differ, or what the labels ask for when it has no workload pods.
 */
export const rollUpNamespace = (
  ns: NamespaceKind | undefined,
  pods: PodKind[],
  rules: CniRules = CNI_RULES_DEFAULT,
): NamespaceRollUp => {
  const byMode = { ambient: 0, sidecar: 0, excluded: 0, none: 0 };
  let captured = 0;
  let total = 0;
  for (const pod of pods) {
    if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') continue;
    total += 1;
    if (getAnnotation(pod, REDIRECTION_ANNOTATION) === 'enabled') captured += 1;
    if (isWorkloadPod(pod, rules)) byMode[podDataPlane(pod, ns, rules)] += 1;
  }
  const present = (Object.keys(byMode) as (keyof typeof byMode)[]).filter((m) => byMode[m] > 0);
  let dataPlane: DataPlaneMode;
  if (present.length === 0) dataPlane = labelDataPlane(ns, rules);
  else if (present.length === 1) dataPlane = present[0];
  else dataPlane = 'mixed';
  return { dataPlane, captured, total, byMode };
};
