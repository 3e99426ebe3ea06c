export const NAMESPACE_GVK = { version: 'v1', kind: 'Namespace' };
export const PROJECT_GVK = { group: 'project.openshift.io', version: 'v1', kind: 'Project' };
