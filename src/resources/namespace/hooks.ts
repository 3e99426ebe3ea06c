import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { NamespaceModel, gvkOf } from '../../models';
import type { NamespaceKind } from './types';

export type NamespacesWatch = { namespaces: NamespaceKind[]; loaded: boolean; error: unknown };

/** All namespaces the user may list. Pass `false` to disable the watch. */
export const useNamespaces = (enabled = true): NamespacesWatch => {
  const [namespaces, loaded, error] = useK8sWatchResource<NamespaceKind[]>(
    enabled ? { groupVersionKind: gvkOf(NamespaceModel), isList: true } : null,
  );
  return { namespaces: namespaces ?? [], loaded, error };
};
