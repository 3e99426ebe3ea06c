import { useAccessReview, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { NamespaceModel, ProjectModel, gvkOf } from '../../models';
import type { NamespaceKind, ProjectKind } from '../../k8s/namespace/types';

export type NamespacesWatch = { namespaces: NamespaceKind[]; loaded: boolean; error: unknown };

/** All namespaces the user may list. Pass `false` to disable the watch. */
export const useNamespaces = (enabled = true): NamespacesWatch => {
  const [namespaces, loaded, error] = useK8sWatchResource<NamespaceKind[]>(
    enabled ? { groupVersionKind: gvkOf(NamespaceModel), isList: true } : null,
  );
  return { namespaces: namespaces ?? [], loaded, error };
};

/** All projects the user may see (OpenShift filters them by access). `false` disables it. */
export const useProjects = (enabled = true): NamespacesWatch => {
  const [projects, loaded, error] = useK8sWatchResource<ProjectKind[]>(
    enabled ? { groupVersionKind: gvkOf(ProjectModel), isList: true } : null,
  );
  return { namespaces: projects ?? [], loaded, error };
};

export type NamespaceListSource = 'namespaces' | 'projects';

/**
 * The namespaces the user may see, as the console lists them: the Namespace list for users who
 * may list namespaces, otherwise the Project list. One watch either way.
 */
export const useVisibleNamespaces = (): NamespacesWatch & { source?: NamespaceListSource } => {
  const [canList, reviewing] = useAccessReview({ group: '', resource: 'namespaces', verb: 'list' });
  const namespaces = useNamespaces(!reviewing && canList);
  const projects = useProjects(!reviewing && !canList);
  if (reviewing) return { namespaces: [], loaded: false, error: undefined };
  return canList ? { ...namespaces, source: 'namespaces' } : { ...projects, source: 'projects' };
};

export type NamespaceWatch = { namespace?: NamespaceKind; loaded: boolean; error: unknown };

/**
 * One namespace by name, live; `null` disables the watch. Falls back to the Project of that
 * name for users who may not read the Namespace (pass `asProject`).
 */
export const useNamespace = (name: string | null, asProject = false): NamespaceWatch => {
  const [namespace, loaded, error] = useK8sWatchResource<NamespaceKind>(
    name ? { groupVersionKind: gvkOf(asProject ? ProjectModel : NamespaceModel), name } : null,
  );
  return { namespace: namespace && namespace.metadata ? namespace : undefined, loaded, error };
};
