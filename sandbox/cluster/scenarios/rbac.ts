/** Bootstrap ClusterRoles and bindings: cluster-admin, admin/edit/view, basic-user, and the two users. */
import type { KObj } from '../api/types';

const rule = (apiGroups: string[], resources: string[], verbs: string[]) => ({
  apiGroups,
  resources,
  verbs,
});
const RW = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const RO = ['get', 'list', 'watch'];

const clusterRole = (name: string, rules: unknown[]): KObj => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'ClusterRole',
  metadata: {
    name,
    labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' },
    annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' },
  },
  rules,
});

const nsResources = [
  'pods',
  'pods/log',
  'pods/status',
  'services',
  'serviceaccounts',
  'configmaps',
  'endpoints',
  'persistentvolumeclaims',
  'secrets',
  'events',
];
const appsResources = [
  'deployments',
  'daemonsets',
  'replicasets',
  'statefulsets',
  'deployments/scale',
  'deployments/status',
  'daemonsets/status',
  'replicasets/status',
];
const gatewayResources = [
  'gateways',
  'httproutes',
  'grpcroutes',
  'referencegrants',
  'gateways/status',
];

// The Istio API groups, as the Service Mesh operator's roles aggregated into view/edit/admin give them.
const istioGroups = ['security.istio.io', 'networking.istio.io'];

const viewRules = [
  rule(
    [''],
    nsResources.filter((r) => r !== 'secrets'),
    RO,
  ),
  rule([''], ['namespaces', 'namespaces/status'], RO),
  rule(['apps'], appsResources, RO),
  rule(['gateway.networking.k8s.io'], gatewayResources, RO),
  rule(istioGroups, ['*'], RO),
  rule(['project.openshift.io'], ['projects'], ['get']),
];

const editRules = [
  rule([''], nsResources, RW),
  rule([''], ['namespaces', 'namespaces/status'], RO),
  rule(['apps'], appsResources, RW),
  rule(['gateway.networking.k8s.io'], gatewayResources, RW),
  rule(istioGroups, ['*'], RW),
  rule(['project.openshift.io'], ['projects'], ['get']),
];

const adminRules = [
  ...editRules,
  rule(['rbac.authorization.k8s.io'], ['roles', 'rolebindings'], RW),
  rule(['authorization.k8s.io'], ['localsubjectaccessreviews'], ['create']),
  rule(['project.openshift.io'], ['projects'], ['delete', 'get', 'patch', 'update']),
  rule(['operators.coreos.com'], ['clusterserviceversions', 'subscriptions'], RO),
];

export const rbacObjects = (): KObj[] => [
  clusterRole('cluster-admin', [
    rule(['*'], ['*'], ['*']),
    { nonResourceURLs: ['*'], verbs: ['*'] },
  ]),
  clusterRole('admin', adminRules),
  clusterRole('edit', editRules),
  clusterRole('view', viewRules),
  clusterRole('basic-user', [
    rule(
      ['authorization.k8s.io'],
      ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'],
      ['create'],
    ),
    rule(['project.openshift.io'], ['projects'], ['list', 'watch']),
    rule(['rbac.authorization.k8s.io'], ['clusterroles'], ['get', 'list']),
    rule(['apiextensions.k8s.io'], ['customresourcedefinitions'], ['get', 'list', 'watch']),
    {
      nonResourceURLs: [
        '/version',
        '/version/*',
        '/api',
        '/api/*',
        '/apis',
        '/apis/*',
        '/openapi',
        '/openapi/*',
        '/healthz',
        '/readyz',
        '/livez',
      ],
      verbs: ['get'],
    },
  ]),
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: 'cluster-admins' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
    subjects: [
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:cluster-admins' },
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'admin' },
    ],
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: 'basic-users' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'basic-user' },
    subjects: [
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:authenticated' },
    ],
  },
];

/** The developer user is admin of `namespace` only. */
export const developerBinding = (namespace: string): KObj => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'RoleBinding',
  metadata: { name: 'developer-admin', namespace },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'admin' },
  subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'developer' }],
});

/**
 * OpenShift's project `admin` role may not patch the Namespace object itself, so enrolling a
 * namespace (a label on it) needs this grant from a cluster admin: get and patch on that one
 * Namespace. The sandbox gives it to the developer for their namespace.
 */
export const namespaceLabelerGrant = (namespace: string, user: string): KObj[] => [
  clusterRole(`namespace-labeler-${namespace}`, [
    {
      apiGroups: [''],
      resources: ['namespaces'],
      resourceNames: [namespace],
      verbs: ['get', 'patch'],
    },
  ]),
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: `${user}-namespace-labeler-${namespace}` },
    roleRef: {
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: `namespace-labeler-${namespace}`,
    },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }],
  },
];
