import type { Resource } from '../common/types';

export type NamespaceKind = Resource<
  { finalizers?: string[] },
  { phase?: 'Active' | 'Terminating' }
>;

/** A Project is the OpenShift view of a namespace the user may see. */
export type ProjectKind = NamespaceKind;
