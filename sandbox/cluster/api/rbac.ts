/** RBAC authorizer over Role/ClusterRole/RoleBinding/ClusterRoleBinding held in the store. */
import type { Store } from './store';
import type { KObj } from './types';

export interface UserInfo {
  name: string;
  groups: string[];
}

export interface Attributes {
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  /** Set for non-resource requests such as `/version`. */
  path?: string;
}

interface PolicyRule {
  apiGroups?: string[];
  resources?: string[];
  verbs?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

interface Subject {
  kind: string;
  name: string;
  namespace?: string;
}

const RID = {
  roles: 'rbac.authorization.k8s.io/roles',
  clusterroles: 'rbac.authorization.k8s.io/clusterroles',
  rolebindings: 'rbac.authorization.k8s.io/rolebindings',
  clusterrolebindings: 'rbac.authorization.k8s.io/clusterrolebindings',
};

const has = (list: string[] | undefined, v: string): boolean =>
  !!list && (list.includes('*') || list.includes(v));

const ruleAllows = (r: PolicyRule, a: Attributes): boolean => {
  if (a.path !== undefined) {
    return (
      has(r.verbs, a.verb) &&
      !!r.nonResourceURLs?.some(
        (u) => u === '*' || u === a.path || (u.endsWith('*') && a.path?.startsWith(u.slice(0, -1))),
      )
    );
  }
  if (!has(r.verbs, a.verb) || !has(r.apiGroups, a.group)) return false;
  const res = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const resOk = !!r.resources?.some(
    (x) =>
      x === '*' ||
      x === res ||
      (a.subresource && x === `*/${a.subresource}`) ||
      (x.endsWith('/*') && x.slice(0, -2) === a.resource && !!a.subresource),
  );
  if (!resOk) return false;
  if (r.resourceNames && r.resourceNames.length > 0)
    return !!a.name && r.resourceNames.includes(a.name);
  return true;
};

const subjectMatches = (s: Subject, u: UserInfo, bindingNs: string): boolean => {
  if (s.kind === 'User') return s.name === u.name;
  if (s.kind === 'Group') return u.groups.includes(s.name);
  if (s.kind === 'ServiceAccount')
    return u.name === `system:serviceaccount:${s.namespace ?? bindingNs}:${s.name}`;
  return false;
};

export class Authorizer {
  constructor(private readonly store: Store) {}

  private rulesOf(roleRef: { kind: string; name: string }, ns: string): PolicyRule[] {
    const role: KObj | undefined =
      roleRef.kind === 'ClusterRole'
        ? this.store.get(RID.clusterroles, '', roleRef.name)
        : this.store.get(RID.roles, ns, roleRef.name);
    return ((role?.rules as PolicyRule[] | undefined) ?? []).slice();
  }

  /** Returns the name of the binding that allows the request, or undefined. */
  allows(u: UserInfo, a: Attributes): string | undefined {
    for (const e of this.store.list(RID.clusterrolebindings)) {
      const b = e.obj;
      const subjects = (b.subjects as Subject[] | undefined) ?? [];
      if (!subjects.some((s) => subjectMatches(s, u, ''))) continue;
      if (
        this.rulesOf(b.roleRef as { kind: string; name: string }, '').some((r) => ruleAllows(r, a))
      ) {
        return `ClusterRoleBinding "${b.metadata.name}"`;
      }
    }
    if (a.namespace && a.path === undefined) {
      for (const e of this.store.list(RID.rolebindings, a.namespace)) {
        const b = e.obj;
        const subjects = (b.subjects as Subject[] | undefined) ?? [];
        if (!subjects.some((s) => subjectMatches(s, u, a.namespace as string))) continue;
        if (
          this.rulesOf(b.roleRef as { kind: string; name: string }, a.namespace).some((r) =>
            ruleAllows(r, a),
          )
        ) {
          return `RoleBinding "${b.metadata.name}/${a.namespace}"`;
        }
      }
    }
    return undefined;
  }
}
