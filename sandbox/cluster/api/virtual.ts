/** Resources computed per request: OpenShift projects and SelfSubjectAccessReviews. */
import { badRequest, forbidden, notFound } from './errors';
import type { Authorizer, Attributes, UserInfo } from './rbac';
import { ridOf } from './registry';
import type { Store } from './store';
import { asDict, type KObj } from './types';

const NS_RID = ridOf('', 'namespaces');

export const projectOf = (ns: KObj): KObj => ({
  kind: 'Project',
  apiVersion: 'project.openshift.io/v1',
  metadata: { ...ns.metadata },
  spec: { finalizers: (asDict(ns.spec).finalizers as string[] | undefined) ?? ['kubernetes'] },
  status: { phase: String(asDict(ns.status).phase ?? 'Active') },
});

export const canSeeNamespace = (authz: Authorizer, user: UserInfo, name: string): boolean =>
  !!authz.allows(user, { verb: 'get', group: '', resource: 'namespaces', namespace: name, name }) ||
  !!authz.allows(user, {
    verb: 'get',
    group: 'project.openshift.io',
    resource: 'projects',
    namespace: name,
    name,
  });

export const listProjects = (store: Store, authz: Authorizer, user: UserInfo): KObj[] =>
  store
    .list(NS_RID)
    .map((e) => e.obj)
    .filter((ns) => canSeeNamespace(authz, user, ns.metadata.name as string))
    .map(projectOf);

export const getProject = (store: Store, authz: Authorizer, user: UserInfo, name: string): KObj => {
  const ns = store.get(NS_RID, '', name);
  if (!canSeeNamespace(authz, user, name)) {
    throw forbidden({
      user: user.name,
      verb: 'get',
      resource: 'projects',
      group: 'project.openshift.io',
      namespace: name,
      name,
    });
  }
  if (!ns) throw notFound('projects', 'project.openshift.io', name);
  return projectOf(ns);
};

export const selfSubjectAccessReview = (authz: Authorizer, user: UserInfo, body: KObj): KObj => {
  const spec = asDict(body.spec);
  const ra = spec.resourceAttributes as Record<string, string> | undefined;
  const nra = spec.nonResourceAttributes as Record<string, string> | undefined;
  if (!ra && !nra)
    throw badRequest(
      'SelfSubjectAccessReview.authorization.k8s.io "" is invalid: spec.resourceAttributes: Invalid value: "null": exactly one of nonResourceAttributes or resourceAttributes must be specified',
    );
  const attrs: Attributes = ra
    ? {
        verb: ra.verb ?? '',
        group: ra.group ?? '',
        resource: ra.resource ?? '',
        subresource: ra.subresource || undefined,
        namespace: ra.namespace || undefined,
        name: ra.name || undefined,
      }
    : { verb: nra?.verb ?? '', group: '', resource: '', path: nra?.path ?? '' };
  let reason = authz.allows(user, attrs);
  if (
    !reason &&
    ra?.resource === 'projects' &&
    (ra.group ?? '') === 'project.openshift.io' &&
    (ra.verb === 'list' || ra.verb === 'watch')
  ) {
    reason = 'ClusterRoleBinding "basic-users"';
  }
  const status: Record<string, unknown> = { allowed: !!reason };
  if (reason) status.reason = `RBAC: allowed by ${reason}`;
  return {
    kind: 'SelfSubjectAccessReview',
    apiVersion: 'authorization.k8s.io/v1',
    metadata: { creationTimestamp: null as unknown as undefined },
    spec: body.spec ?? {},
    status,
  };
};
