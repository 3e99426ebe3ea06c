/** Built-in (non-CRD) resource types of the Kubernetes 1.32 API that the sandbox serves. */
import { ALL_VERBS, type PrinterColumn, type ResourceType } from './registry';

const v = (name: string, status = false, printerColumns?: PrinterColumn[]) => ({
  name,
  served: true,
  storage: true,
  status,
  printerColumns,
});

const t = (
  group: string,
  version: string,
  plural: string,
  kind: string,
  namespaced: boolean,
  extra: Partial<ResourceType> & { status?: boolean; columns?: PrinterColumn[] } = {},
): ResourceType => {
  const { status, columns, ...rest } = extra;
  return {
    group,
    plural,
    singular: kind.toLowerCase(),
    kind,
    listKind: `${kind}List`,
    namespaced,
    verbs: ALL_VERBS,
    versions: [v(version, status, columns)],
    ...rest,
  };
};

const col = (name: string, jsonPath: string, type = 'string', priority = 0): PrinterColumn => ({
  name,
  jsonPath,
  type,
  priority,
});

export const builtinTypes = (): ResourceType[] => [
  t('', 'v1', 'namespaces', 'Namespace', false, {
    shortNames: ['ns'],
    status: true,
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
    columns: [col('Status', '.status.phase')],
  }),
  t('', 'v1', 'pods', 'Pod', true, { shortNames: ['po'], categories: ['all'], status: true }),
  t('', 'v1', 'services', 'Service', true, {
    shortNames: ['svc'],
    categories: ['all'],
    status: true,
    columns: [col('Type', '.spec.type'), col('Cluster-IP', '.spec.clusterIP')],
  }),
  t('', 'v1', 'serviceaccounts', 'ServiceAccount', true, { shortNames: ['sa'] }),
  t('', 'v1', 'nodes', 'Node', false, { shortNames: ['no'], status: true }),
  t('', 'v1', 'configmaps', 'ConfigMap', true, { shortNames: ['cm'] }),
  t('', 'v1', 'secrets', 'Secret', true, { columns: [col('Type', '.type')] }),
  t('', 'v1', 'events', 'Event', true, {
    shortNames: ['ev'],
    columns: [
      col('Type', '.type'),
      col('Reason', '.reason'),
      col('Object', '.involvedObject.name'),
      col('Message', '.message'),
    ],
  }),
  t('apps', 'v1', 'deployments', 'Deployment', true, {
    shortNames: ['deploy'],
    categories: ['all'],
    status: true,
  }),
  t('apps', 'v1', 'daemonsets', 'DaemonSet', true, {
    shortNames: ['ds'],
    categories: ['all'],
    status: true,
  }),
  t('apps', 'v1', 'statefulsets', 'StatefulSet', true, {
    shortNames: ['sts'],
    categories: ['all'],
    status: true,
  }),
  t('apps', 'v1', 'replicasets', 'ReplicaSet', true, {
    shortNames: ['rs'],
    categories: ['all'],
    status: true,
  }),
  t('batch', 'v1', 'jobs', 'Job', true, {
    categories: ['all'],
    status: true,
    columns: [col('Completions', '.status.succeeded', 'integer')],
  }),
  t('policy', 'v1', 'poddisruptionbudgets', 'PodDisruptionBudget', true, {
    shortNames: ['pdb'],
    status: true,
    columns: [col('Max Unavailable', '.spec.maxUnavailable')],
  }),
  t('apiextensions.k8s.io', 'v1', 'customresourcedefinitions', 'CustomResourceDefinition', false, {
    shortNames: ['crd', 'crds'],
    categories: ['api-extensions'],
    status: true,
  }),
  t('rbac.authorization.k8s.io', 'v1', 'roles', 'Role', true),
  t('rbac.authorization.k8s.io', 'v1', 'clusterroles', 'ClusterRole', false),
  t('rbac.authorization.k8s.io', 'v1', 'rolebindings', 'RoleBinding', true),
  t('rbac.authorization.k8s.io', 'v1', 'clusterrolebindings', 'ClusterRoleBinding', false),
  t('authorization.k8s.io', 'v1', 'selfsubjectaccessreviews', 'SelfSubjectAccessReview', false, {
    verbs: ['create'],
    virtual: true,
  }),
  t('authorization.k8s.io', 'v1', 'subjectaccessreviews', 'SubjectAccessReview', false, {
    verbs: ['create'],
    virtual: true,
  }),
  t('project.openshift.io', 'v1', 'projects', 'Project', false, {
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
    virtual: true,
    columns: [
      col('Display Name', '.metadata.annotations.openshift\\.io/display-name'),
      col('Status', '.status.phase'),
    ],
  }),
];
