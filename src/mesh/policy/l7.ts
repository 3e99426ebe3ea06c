import type { AuthorizationPolicyKind } from '../../k8s/authorizationpolicy/types';

// istio/istio pilot/pkg/serviceregistry/kube/controller/ambient/authorization.go
// (release-1.26..1.28), the policy ztunnel receives: only these fields and `when` keys are L4.
// Every other field (HTTP methods, paths, hosts, request principals, request.* keys) needs an
// HTTP proxy: a waypoint in ambient mode (istio.io docs/ambient/usage/l4-policy: "Layer 7
// authorization policies without waypoints installed").
const L4_WHEN_KEYS = new Set([
  'source.ip',
  'source.namespace',
  'source.principal',
  'source.serviceAccount',
  'remote.ip',
  'destination.ip',
  'destination.port',
]);

const L7_SOURCE_FIELDS = ['requestPrincipals', 'notRequestPrincipals'] as const;
const L7_OPERATION_FIELDS = [
  'methods',
  'notMethods',
  'paths',
  'notPaths',
  'hosts',
  'notHosts',
] as const;

const nonEmpty = (v: string[] | undefined): boolean => (v ?? []).length > 0;

/**
 * The L7 attributes a policy's rules use, in rule order and without repeats (`methods`, `paths`,
 * `requestPrincipals`, a `when` key such as `request.headers[x-user]`); empty for an L4 policy.
 */
export const l7Attributes = (policy: AuthorizationPolicyKind): string[] => {
  const found: string[] = [];
  const add = (a: string) => {
    if (!found.includes(a)) found.push(a);
  };
  for (const rule of policy.spec?.rules ?? []) {
    for (const from of rule.from ?? []) {
      for (const f of L7_SOURCE_FIELDS) if (nonEmpty(from.source?.[f])) add(f);
    }
    for (const to of rule.to ?? []) {
      for (const f of L7_OPERATION_FIELDS) if (nonEmpty(to.operation?.[f])) add(f);
    }
    for (const cond of rule.when ?? []) if (!L4_WHEN_KEYS.has(cond.key)) add(cond.key);
  }
  return found;
};

/** A CUSTOM (external authorization) policy is always handled by an HTTP proxy. */
export const needsWaypoint = (policy: AuthorizationPolicyKind): boolean =>
  policy.spec?.action === 'CUSTOM' || l7Attributes(policy).length > 0;
