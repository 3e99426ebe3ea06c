import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { getTargetRefs } from '../../k8s/authorizationpolicy/selectors';
import type { AuthorizationPolicyKind } from '../../k8s/authorizationpolicy/types';
import { matchesSelector } from '../../k8s/common/labelSelector';
import { getName, getNamespace } from '../../k8s/common/selectors';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { ServiceKind } from '../../k8s/service/types';
import { type GatewayIndex, isWaypointGateway, resolveWaypoint } from '../waypoints/resolve';
import { l7Attributes, needsWaypoint } from './l7';
import type { PolicyIssue, PolicyStatus, PolicyTarget, PolicyWorkload } from './types';

export type PolicyContext = {
  services: ServiceKind[];
  namespaces: ReadonlyMap<string, NamespaceKind>;
  gateways: GatewayIndex;
  /** meshConfig.rootNamespace (default istio-system): its selector policies apply everywhere. */
  rootNamespace: string;
};

type Scope = {
  target: PolicyTarget;
  /** For targetRefs: enforced by this ready waypoint, or not (null). */
  waypoint?: string | null;
  /** Pods behind a targeted Service (its selector), when the Service is known. */
  podSelector?: Record<string, string>;
};

export type IndexedPolicy = {
  id: string;
  name: string;
  namespace: string;
  attributes: string[];
  scopes: Scope[];
};

const GATEWAY_GROUP = 'gateway.networking.k8s.io';
const NETWORKING_GROUP = 'networking.istio.io';

// istio/istio pilot/pkg/model/policyattachment.go and pilot/pkg/security/authz (release-1.26..
// 1.28): targetRefs bind a policy to a Gateway (waypoints included), a Service or a ServiceEntry;
// a GatewayClass ref (root namespace) binds it to every Gateway of the class.
const refScope = (
  policy: AuthorizationPolicyKind,
  ref: { group?: string; kind: string; name: string; namespace?: string },
  ctx: PolicyContext,
): Scope | null => {
  const namespace = ref.namespace || getNamespace(policy);
  const group = ref.group ?? '';
  if (ref.kind === 'Gateway' && group === GATEWAY_GROUP) {
    const gw = ctx.gateways.get(`${namespace}/${ref.name}`);
    // An ingress Gateway is an HTTP proxy of its own: it enforces L7 rules without a waypoint.
    if (gw && !isWaypointGateway(gw)) return null;
    const ready = !!gw && (gw.status?.addresses ?? []).length > 0;
    return {
      target: { kind: 'Gateway', namespace, name: ref.name },
      waypoint: ready ? `${namespace}/${ref.name}` : null,
    };
  }
  const isService = ref.kind === 'Service' && group === '';
  const isEntry = ref.kind === 'ServiceEntry' && group === NETWORKING_GROUP;
  if (!isService && !isEntry) return null;
  const svc = isService
    ? ctx.services.find((s) => getNamespace(s) === namespace && getName(s) === ref.name)
    : undefined;
  // An unknown Service or a ServiceEntry: its namespace's waypoint label decides.
  const probe: K8sResourceCommon = svc ?? { metadata: { name: ref.name, namespace, labels: {} } };
  const w = resolveWaypoint(probe, ctx.namespaces.get(namespace), 'service', ctx.gateways);
  return {
    target: { kind: isService ? 'Service' : 'ServiceEntry', namespace, name: ref.name },
    waypoint: w?.state === 'ready' ? `${w.namespace}/${w.name}` : null,
    podSelector: svc?.spec?.selector,
  };
};

/** Each policy that needs a waypoint, with what it selects or targets. */
export const indexPolicies = (
  policies: AuthorizationPolicyKind[],
  ctx: PolicyContext,
): IndexedPolicy[] =>
  policies.filter(needsWaypoint).map((policy) => {
    const namespace = getNamespace(policy);
    const refs = getTargetRefs(policy);
    const matchLabels = policy.spec?.selector?.matchLabels;
    let scopes: Scope[];
    if (refs.length > 0) {
      scopes = refs.map((r) => refScope(policy, r, ctx)).filter((s): s is Scope => !!s);
    } else if (matchLabels && Object.keys(matchLabels).length > 0) {
      scopes = [{ target: { kind: 'selector', namespace, matchLabels } }];
    } else {
      scopes = [{ target: { kind: 'namespace', namespace } }];
    }
    return {
      id: `${namespace}/${getName(policy)}`,
      name: getName(policy),
      namespace,
      attributes: l7Attributes(policy),
      scopes,
    };
  });

const inNamespace = (scopeNs: string, w: PolicyWorkload, root: string) =>
  scopeNs === w.namespace || scopeNs === root;

/** Whether the scope concerns the workload, and the verdict it gets there. */
const verdictFor = (
  scope: Scope,
  w: PolicyWorkload,
  root: string,
): PolicyStatus['verdict'] | null => {
  const t = scope.target;
  if (t.kind === 'selector' || t.kind === 'namespace') {
    if (!inNamespace(t.namespace, w, root)) return null;
    if (t.kind === 'selector' && !matchesSelector(w.labels, { matchLabels: t.matchLabels })) {
      return null;
    }
    return w.waypoints.some((p) => p.ready) ? 'selector-bound' : 'no-waypoint';
  }
  const verdict = scope.waypoint ? 'enforced' : 'no-waypoint';
  if (t.kind === 'Gateway') {
    return w.waypoints.some((p) => p.id === `${t.namespace}/${t.name}`) ? verdict : null;
  }
  const sel = scope.podSelector;
  if (!sel || Object.keys(sel).length === 0 || t.namespace !== w.namespace) return null;
  return matchesSelector(w.labels, { matchLabels: sel }) ? verdict : null;
};

/** The policies not enforced for one workload in ambient mode (none for other workloads). */
export const policyIssues = (
  index: IndexedPolicy[],
  w: PolicyWorkload,
  rootNamespace: string,
): PolicyIssue[] => {
  if (!w.ambient) return [];
  const issues: PolicyIssue[] = [];
  for (const p of index) {
    for (const scope of p.scopes) {
      const v = verdictFor(scope, w, rootNamespace);
      if (v === 'no-waypoint' || v === 'selector-bound') {
        if (!issues.some((i) => i.policy === p.id && i.verdict === v)) {
          issues.push({ policy: p.id, verdict: v });
        }
      }
    }
  }
  return issues;
};

/**
 * What each policy that needs a waypoint concerns and how it fares: one status per target and
 * verdict, with the ambient workloads it concerns. A targetRef is judged by its waypoint even when
 * no workload is known behind it; a selector that matches no ambient workload is `no-workloads`.
 */
export const policyStatuses = (
  index: IndexedPolicy[],
  workloads: PolicyWorkload[],
  rootNamespace: string,
): PolicyStatus[] => {
  const ambient = workloads.filter((w) => w.ambient);
  const out: PolicyStatus[] = [];
  for (const p of index) {
    for (const scope of p.scopes) {
      const byVerdict = new Map<PolicyStatus['verdict'], string[]>();
      for (const w of ambient) {
        const v = verdictFor(scope, w, rootNamespace);
        if (v) byVerdict.set(v, [...(byVerdict.get(v) ?? []), w.key]);
      }
      const base = { policy: p.id, name: p.name, namespace: p.namespace };
      const common = { ...base, attributes: p.attributes, target: scope.target };
      if (scope.waypoint !== undefined) {
        const verdict = scope.waypoint ? 'enforced' : 'no-waypoint';
        out.push({
          ...common,
          verdict,
          waypoint: scope.waypoint ?? undefined,
          workloads: byVerdict.get(verdict) ?? [],
        });
      } else if (byVerdict.size === 0) {
        out.push({ ...common, verdict: 'no-workloads', workloads: [] });
      } else {
        for (const [verdict, keys] of byVerdict) out.push({ ...common, verdict, workloads: keys });
      }
    }
  }
  return out;
};

/**
 * The policies a waypoint (`namespace/name`) enforces today: bound to it, or to a Service or
 * ServiceEntry it serves. Removing the waypoint leaves them unenforced.
 */
export const policiesEnforcedBy = (index: IndexedPolicy[], waypoint: string): IndexedPolicy[] =>
  index.filter((p) => p.scopes.some((s) => s.waypoint === waypoint));
