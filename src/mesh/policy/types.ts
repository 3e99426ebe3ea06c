/** A workload as the policy rule sees it: one pod, keyed as its topology row. */
export type PolicyWorkload = {
  key: string;
  namespace: string;
  labels: Record<string, string>;
  /** Its traffic goes through ztunnel: the labels ask for ambient and no sidecar or host network. */
  ambient: boolean;
  /** The waypoints on its path (`namespace/name`): its workload waypoint, its services' waypoint. */
  waypoints: { id: string; ready: boolean }[];
};

/**
 * How a policy with L7 rules fares for what it selects or targets:
 * - enforced: a ready waypoint serves the target (targetRefs to a Service, ServiceEntry, Gateway)
 * - no-waypoint: not enforced, no waypoint serves it; ztunnel denies the traffic it cannot check
 * - selector-bound: bound by selector (or namespace-wide) to workloads that have a waypoint; the
 *   waypoint enforces only policies bound to it by targetRefs, so ztunnel still gets the L7 rules
 * - no-workloads: it selects no workload in ambient mode (nothing to enforce here)
 */
export type PolicyVerdict = 'enforced' | 'no-waypoint' | 'selector-bound' | 'no-workloads';

/** What a policy attaches to: by selector, the whole namespace, or one targetRef. */
export type PolicyTarget =
  | { kind: 'selector'; namespace: string; matchLabels: Record<string, string> }
  | { kind: 'namespace'; namespace: string }
  | { kind: 'Service' | 'ServiceEntry' | 'Gateway'; namespace: string; name: string };

export type PolicyStatus = {
  /** `namespace/name` of the policy. */
  policy: string;
  name: string;
  namespace: string;
  /** The L7 attributes that need a waypoint (`methods`, `request.headers[...]`, ...). */
  attributes: string[];
  target: PolicyTarget;
  verdict: PolicyVerdict;
  /** The ready waypoint that enforces it (`namespace/name`), when enforced. */
  waypoint?: string;
  /** Keys of the workloads it concerns, for this verdict. */
  workloads: string[];
};

/** A policy that is not enforced for one workload, as shown in its topology row. */
export type PolicyIssue = { policy: string; verdict: 'no-waypoint' | 'selector-bound' };
