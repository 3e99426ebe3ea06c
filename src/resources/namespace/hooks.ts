import * as React from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { NamespaceModel, ProjectModel, gvkOf } from '../../models';
import type { NamespaceKind, ProjectKind } from '../../k8s/namespace/types';
import { LARGE_NAMESPACES_PAGE_SIZE } from '../../mesh/scope/podsPageSize';
import { useListFrom } from '../common/useListFrom';
import { useListPreview } from '../common/useListPreview';
import {
  CONSOLE_PAGE_SIZE,
  listed,
  refusedList,
  watched,
  type WatchOptions,
  noItems,
  wholeList,
} from '../common/watch';

export type NamespacesWatch = {
  namespaces: NamespaceKind[];
  loaded: boolean;
  error: unknown;
  /** The list holds every page (see `listComplete`); a failed list has nothing more to come. */
  complete: boolean;
};

type Paging = {
  /** Page size; the console's 250 when unset. */
  limit?: number;
};

/** A read that failed for a reason other than the user's rights (the Project list answers those). */
const failed = (w: { error: unknown }): boolean => !!w.error && !refusedList(w);

const namespacesWatch = (
  items: NamespaceKind[] | undefined,
  loaded: boolean,
  error: unknown,
  limit: number | undefined,
): NamespacesWatch => {
  const namespaces = items ?? noItems<NamespaceKind>();
  return {
    namespaces,
    loaded,
    error,
    complete: wholeList({ loaded, error }, namespaces.length, limit),
  };
};

/**
 * All namespaces the user may list, in the console's pages of 250 unless `limit` says otherwise.
 * The console calls a list loaded once its first page is in, and a page's first rows need only
 * their pods' namespaces: larger first pages (1,000 namespaces, 500 KB) held the first rows back
 * while one was served and read.
 */
export const useNamespaces = ({
  limit,
  ownWatch = false,
  ...options
}: WatchOptions &
  Paging & {
    /**
     * Listed and watched by the plugin itself (`useListWatch`), not the console's store, which
     * converts each namespace into Immutable and back: for the whole list of a large cluster.
     */
    ownWatch?: boolean;
  } = {}): NamespacesWatch => {
  const resource = watched(
    { groupVersionKind: gvkOf(NamespaceModel), isList: true, limit },
    options,
  );
  const [namespaces, loaded, error] = useListFrom<NamespaceKind>(
    resource,
    NamespaceModel,
    ownWatch,
  );
  return namespacesWatch(namespaces, loaded, error, limit);
};

/** All projects the user may see (OpenShift filters them by access). */
export const useProjects = ({ limit, ...options }: WatchOptions & Paging = {}): NamespacesWatch => {
  const [projects, loaded, error] = useK8sWatchResource<ProjectKind[]>(
    watched({ groupVersionKind: gvkOf(ProjectModel), isList: true, limit }, options),
  );
  return namespacesWatch(projects, loaded, error, limit);
};

export type NamespaceListSource = 'namespaces' | 'projects';

export type VisibleNamespacesWatch = NamespacesWatch & {
  source?: NamespaceListSource;
  /** The list shown will be replaced by a larger read still on its way (`largePages`). */
  pending?: boolean;
};

/**
 * The namespaces the user may see, as the console lists them: the Namespace list, or for a user
 * the server refuses it to (HTTP 403), the Project list. No access review is asked for first: it
 * would be one more request in the page's first round, and the list's own answer says the same.
 * Once refused, the Namespace list is not asked for again.
 *
 * `largePages`: the list is read again in pages of `LARGE_NAMESPACES_PAGE_SIZE` (one request up to
 * that many), for a page that needs every namespace soon (a pod's enrollment and its problems
 * follow its namespace's labels) but showed its first rows from the console's first page of 250.
 * The pages of 250 follow one another, each read and rendered before the next is asked for: on a
 * cluster of 2,000 namespaces the last came seconds after the pods. The first watch is kept until
 * the large one is in, then switched off.
 */
export const useVisibleNamespaces = ({
  largePages = false,
  firstRead = false,
}: {
  largePages?: boolean;
  /**
   * The first page is read once (`useListPreview`), not watched, for a page that will ask for the
   * large read (`largePages`) once its first rows are shown: the console's watch would go on
   * listing its pages of 250, each converted into its store and rendered, while the page reads its
   * large lists. The console's watch stands in again when that read or the large one fails.
   */
  firstRead?: boolean;
} = {}): VisibleNamespacesWatch => {
  const [refused, setRefused] = React.useState(false);
  const asksLarge = largePages && !refused;
  const large = useNamespaces({
    limit: LARGE_NAMESPACES_PAGE_SIZE,
    enabled: asksLarge,
    ownWatch: true,
  });
  // (a watch switched off answers "loaded" with nothing)
  const largeIn = asksLarge && listed(large);
  const read = useListPreview<NamespaceKind>(
    NamespaceModel,
    CONSOLE_PAGE_SIZE,
    firstRead && !refused && !largeIn,
  );
  const reads = firstRead && !failed(read) && !(asksLarge && failed(large));
  const first = useNamespaces({ enabled: !reads && !refused && !largeIn });
  const refusing = refusedList(first) || refusedList(large) || refusedList(read);
  React.useEffect(() => {
    if (refusing) setRefused(true);
  }, [refusing]);
  const byProject = refused || refusing;
  const projects = useProjects({ enabled: byProject });
  if (largeIn) return { ...large, source: 'namespaces' };
  // the first page (read, or the console's pages) stands in for the large one, which replaces it
  if (!byProject) {
    const stand: NamespacesWatch = reads
      ? { namespaces: read.items, loaded: read.loaded, error: read.error, complete: read.complete }
      : first;
    return { ...stand, pending: largePages && !stand.complete, source: 'namespaces' };
  }
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
