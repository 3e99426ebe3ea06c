import * as React from 'react';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { enrollmentCounts, type EnrollmentCounts } from '../../mesh/health/overview';
import type { NamespaceKind } from '../../k8s/namespace/types';
import { SAIL_GROUP } from '../../models';
import { useVisibleNamespaces } from '../../resources/namespace/hooks';
import { useScopedPods } from '../../resources/scope/hooks';
import type { ReadScope } from '../../mesh/scope/scope';

export type NamespaceOwner = {
  /** Still asking whether the user may read the mesh's cluster-scoped resources. */
  checking: boolean;
  /** The user may not list the Istio resources: a namespace owner, not a cluster admin. */
  owner: boolean;
  namespaces: NamespaceKind[];
  /** Enrolled namespaces and captured pods among the user's namespaces; undefined if unknown. */
  counts?: EnrollmentCounts;
  scope?: ReadScope;
  loaded: boolean;
};

/**
 * Whether the overview speaks to a namespace owner: decided by an access review (list the Istio
 * resources, cluster-scoped) before any count is made. For them, the counts come from their own
 * namespaces (their projects) and those namespaces' pods, never from lists they may not read.
 */
export const useNamespaceOwner = (): NamespaceOwner => {
  const [mayIstios, checking] = useAccessReview({
    group: SAIL_GROUP,
    resource: 'istios',
    verb: 'list',
  });
  const owner = !checking && !mayIstios;
  const visible = useVisibleNamespaces();
  const pods = useScopedPods({ enabled: owner });
  const podsKnown = pods.loaded && !pods.error && pods.scope?.kind !== 'pick';
  const counts = React.useMemo(
    () => (podsKnown ? enrollmentCounts(visible.namespaces, pods.pods) : undefined),
    [podsKnown, visible.namespaces, pods.pods],
  );
  return {
    checking,
    owner,
    namespaces: visible.namespaces,
    counts,
    scope: pods.scope,
    loaded: !checking && visible.loaded && (!owner || pods.loaded || !!pods.error),
  };
};
