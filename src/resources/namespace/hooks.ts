import { useAccessReview, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { NamespaceModel, ProjectModel, gvkOf } from '../../models';
import type { NamespaceKind, ProjectKind } from '../../k8s/namespace/types';
import { listed, watched, type WatchOptions, noItems } from '../common/watch';

export type NamespacesWatch = { namespaces: NamespaceKind[]; loaded: boolean; error: unknown };

/**
 * All namespaces the user may list, in the console's pages of 250. The console calls a list
 * loaded once its first page is in, and a page's first rows need only their pods' namespaces:
 * larger pages (1,000 namespaces, 500 KB) held the first rows back while one was served and read.
 */
export const useNamespaces = (options: WatchOptions = {}): NamespacesWatch => {
  const [namespaces, loaded, error] = useK8sWatchResource<NamespaceKind[]>(
    watched({ groupVersionKind: gvkOf(NamespaceModel), isList: true }, options),
  );
  return { namespaces: namespaces ?? noItems(), loaded, error };
};

/** All projects the user may see (OpenShift filters them by access). */
export const useProjects = (options: WatchOptions = {}): NamespacesWatch => {
  const [projects, loaded, error] = useK8sWatchResource<ProjectKind[]>(
    watched({ groupVersionKind: gvkOf(ProjectModel), isList: true }, options),
  );
  return { namespaces: projects ?? noItems(), loaded, error };
};

export type NamespaceListSource = 'namespaces' | 'projects';

/**
 * The namespaces the user may see, as the console lists them: the Namespace list for users who
 * may list namespaces, otherwise the Project list. One watch either way. The Namespace list is
 * requested beside the access review, not after it: once the server has listed it, it is used
 * without waiting for the review; when the review refuses, the Project list replaces it.
 */
export const useVisibleNamespaces = (): NamespacesWatch & { source?: NamespaceListSource } => {
  const [canList, reviewing] = useAccessReview({ group: '', resource: 'namespaces', verb: 'list' });
  const namespaces = useNamespaces({ enabled: reviewing || canList });
  const projects = useProjects({ enabled: !reviewing && !canList });
  if (canList || (reviewing && listed(namespaces))) return { ...namespaces, source: 'namespaces' };
  if (reviewing) return { namespaces: noItems(), loaded: false, error: undefined };
  return { ...projects, source: 'projects' };
};

export type NamespaceWatch = { namespace?: NamespaceKind; loaded: boolean; error: unknown };

/**
 * One namespace by name, live. Falls back to the Project of that name for users who may not read
 * the Namespace (pass `asProject`).
 */
export const useNamespace = ({
  name,
  asProject = false,
  ...options
}: WatchOptions & { name: string; asProject?: boolean }): NamespaceWatch => {
  const [namespace, loaded, error] = useK8sWatchResource<NamespaceKind>(
    watched({ groupVersionKind: gvkOf(asProject ? ProjectModel : NamespaceModel), name }, options),
  );
  return { namespace: namespace && namespace.metadata ? namespace : undefined, loaded, error };
};
