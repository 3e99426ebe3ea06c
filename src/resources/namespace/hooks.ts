import * as React from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { NamespaceModel, ProjectModel, gvkOf } from '../../models';
import type { NamespaceKind, ProjectKind } from '../../k8s/namespace/types';
import { refusedList, watched, type WatchOptions, noItems } from '../common/watch';

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
 * The namespaces the user may see, as the console lists them: the Namespace list, or for a user
 * the server refuses it to (HTTP 403), the Project list. One watch either way. No access review
 * is asked for first: it would be one more request in the page's first round, and the list's
 * own answer says the same. Once refused, the Namespace list is not asked for again.
 */
export const useVisibleNamespaces = (): NamespacesWatch & { source?: NamespaceListSource } => {
  const [refused, setRefused] = React.useState(false);
  const namespaces = useNamespaces({ enabled: !refused });
  const refusing = refusedList(namespaces);
  React.useEffect(() => {
    if (refusing) setRefused(true);
  }, [refusing]);
  const byProject = refused || refusing;
  const projects = useProjects({ enabled: byProject });
  if (!byProject) return { ...namespaces, source: 'namespaces' };
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
