import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import {
  AMBIENT,
  DATAPLANE_MODE_LABEL,
  NONE,
  REDIRECTION_ANNOTATION,
  SIDECAR_STATUS_ANNOTATION,
} from '../labels';
import { getAnnotation, getLabel } from '../../k8s/common/selectors';
import { CNI_RULES_DEFAULT, type CniRules, selectorsMatch } from './cniRules';

/** The pod's own `istio.io/dataplane-mode` label: set to ambient, set to none, or absent. */
export type PodLabelIntent = 'ambient' | 'none' | 'inherit';

/** What the CNI agent wrote in `ambient.istio.io/redirection`. */
export type Redirection = 'enabled' | 'pending' | 'absent';

/**
 * What the rule concludes for a pod, and how it compares with what the CNI agent did:
 * - captured: meant to be in ambient and captured
 * - pending: meant to be in ambient, not captured yet (or partially)
 * - no-ztunnel: meant to be in ambient, but its node has no ready ztunnel
 * - sidecar: the namespace or pod asks for ambient, but a sidecar wins
 * - host-network: asks for ambient, but hostNetwork pods are never captured
 * - excluded: the namespace is ambient, the pod opts out with `none`
 * - not-enrolled: nothing asks for ambient
 * - unexpected-capture: nothing asks for ambient, yet the pod is marked captured
 */
export type PodEnrollmentState =
  | 'captured'
  | 'pending'
  | 'no-ztunnel'
  | 'sidecar'
  | 'host-network'
  | 'excluded'
  | 'not-enrolled'
  | 'unexpected-capture';

export type PodEnrollment = {
  podLabel: PodLabelIntent;
  /** The labels ask for ambient (pod label, or namespace label not overridden by the pod). */
  wantsAmbient: boolean;
  /** Where the deciding label sits. */
  decidedBy: 'pod' | 'namespace' | 'none';
  /** The rule of the CNI agent: wants ambient, no sidecar, no hostNetwork. */
  enrolled: boolean;
  redirection: Redirection;
  state: PodEnrollmentState;
  /** Intent and the CNI agent's annotation disagree. */
  mismatch: boolean;
};

export const podLabelIntent = (pod: PodKind): PodLabelIntent => {
  const value = getLabel(pod, DATAPLANE_MODE_LABEL);
  if (value === AMBIENT) return 'ambient';
  if (value === NONE) return 'none';
  return 'inherit';
};

export const podRedirection = (pod: PodKind): Redirection => {
  const value = getAnnotation(pod, REDIRECTION_ANNOTATION);
  if (value === 'enabled') return 'enabled';
  if (value === 'pending') return 'pending';
  return 'absent';
};

export const hasSidecar = (pod: PodKind): boolean =>
  getAnnotation(pod, SIDECAR_STATUS_ANNOTATION) !== undefined;

export const namespaceWantsAmbient = (ns?: NamespaceKind): boolean =>
  getLabel(ns, DATAPLANE_MODE_LABEL) === AMBIENT;

/**
 * Evaluates the CNI agent's enrollment rule for one pod. `ztunnelReady` tells whether the
 * pod's node has a ready ztunnel (pass true when unknown).
 */
export const evaluatePod = (
  pod: PodKind,
  ns: NamespaceKind | undefined,
  ztunnelReady: boolean,
  rules: CniRules = CNI_RULES_DEFAULT,
): PodEnrollment => {
  const podLabel = podLabelIntent(pod);
  const nsAmbient = namespaceWantsAmbient(ns);
  // istio/istio cni/pkg/util (podutil.go 1.26, enablement_selector.go 1.27+): see cniRules.ts
  const wantsAmbient =
    selectorsMatch(rules, pod.metadata?.labels, ns?.metadata?.labels) &&
    !rules.excludedNamespaces.includes(pod.metadata?.namespace ?? '');
  let decidedBy: PodEnrollment['decidedBy'] = 'none';
  if (podLabel !== 'inherit') decidedBy = 'pod';
  else if (nsAmbient) decidedBy = 'namespace';

  const sidecar = hasSidecar(pod);
  const hostNetwork = rules.hostNetworkExcluded && pod.spec?.hostNetwork === true;
  const enrolled = wantsAmbient && !sidecar && !hostNetwork;
  const redirection = podRedirection(pod);
  const captured = redirection === 'enabled';

  let state: PodEnrollmentState;
  if (enrolled) {
    if (captured) state = 'captured';
    else if (!ztunnelReady) state = 'no-ztunnel';
    else state = 'pending';
  } else if (captured) state = 'unexpected-capture';
  else if (wantsAmbient && sidecar) state = 'sidecar';
  else if (wantsAmbient && hostNetwork) state = 'host-network';
  else if (nsAmbient && podLabel === 'none') state = 'excluded';
  else state = 'not-enrolled';

  const mismatch = enrolled !== captured || redirection === 'pending';
  return { podLabel, wantsAmbient, decidedBy, enrolled, redirection, state, mismatch };
};

// istio/istio cni/pkg/nodeagent/meshdataplane_linux.go AddPodToMesh, cni/pkg/plugin/plugin.go
// (release-1.26..1.28): when the node's ztunnel cannot take a new pod, the agent marks it
// `pending` and the CNI ADD fails, so its containers do not start until the kubelet's retry works.
/** A new pod held in ContainerCreating by the CNI plugin: marked pending, no IP, not started. */
export const isStuckOnZtunnel = (pod: PodKind): boolean =>
  podRedirection(pod) === 'pending' &&
  pod.status?.phase === 'Pending' &&
  !pod.status?.podIP &&
  (pod.status?.podIPs ?? []).length === 0;
