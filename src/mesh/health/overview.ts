import { DATAPLANE_MODE_LABEL, AMBIENT, REDIRECTION_ANNOTATION } from '../labels';
import type { NodeKind } from '../../k8s/node/types';
import type { PodKind } from '../../k8s/pod/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import { isNodeSchedulable } from '../../k8s/node/selectors';
import { isPodReady } from '../../k8s/pod/selectors';
import { getAnnotation, getLabel, getName } from '../../k8s/common/selectors';

export type Component = 'istiod' | 'istioCNI' | 'ztunnel';

export type NodeRow = {
  node: string;
  /** Ready pods / pods of each component on this node. */
  counts: Record<Component, { ready: number; total: number }>;
  /** A schedulable node without a ready ztunnel: ambient pods there have no data path. */
  missingZtunnel: boolean;
};

/** Pods of istiod, istio-cni and ztunnel per node, with nodes lacking a ready ztunnel flagged. */
export const podsPerNode = (nodes: NodeKind[], pods: Record<Component, PodKind[]>): NodeRow[] => {
  const names = new Set(nodes.map((n) => getName(n)));
  Object.values(pods).forEach((list) =>
    list.forEach((p) => p.spec?.nodeName && names.add(p.spec.nodeName)),
  );
  const unschedulable = new Set(nodes.filter((n) => !isNodeSchedulable(n)).map((n) => getName(n)));
  // One pass over the pods, grouped by node, then one row per node.
  const byNode = new Map<string, Record<Component, { ready: number; total: number }>>();
  const row = (node: string) => {
    let r = byNode.get(node);
    if (!r) {
      r = {
        istiod: { ready: 0, total: 0 },
        istioCNI: { ready: 0, total: 0 },
        ztunnel: { ready: 0, total: 0 },
      };
      byNode.set(node, r);
    }
    return r;
  };
  (Object.keys(pods) as Component[]).forEach((component) =>
    pods[component].forEach((p) => {
      if (!p.spec?.nodeName) return;
      const c = row(p.spec.nodeName)[component];
      c.total += 1;
      if (isPodReady(p)) c.ready += 1;
    }),
  );
  return [...names]
    .filter(Boolean)
    .sort()
    .map((node) => {
      const counts = row(node);
      return {
        node,
        counts,
        missingZtunnel: counts.ztunnel.ready === 0 && !unschedulable.has(node),
      };
    });
};

export type EnrollmentCounts = { namespaces: number; capturedPods: number; pendingPods: number };

/** Namespaces enrolled in ambient mode (by label) and pods captured by ztunnel (by annotation). */
export const enrollmentCounts = (
  namespaces: NamespaceKind[],
  pods: PodKind[],
): EnrollmentCounts => ({
  namespaces: namespaces.filter((n) => getLabel(n, DATAPLANE_MODE_LABEL) === AMBIENT).length,
  capturedPods: pods.filter((p) => getAnnotation(p, REDIRECTION_ANNOTATION) === 'enabled').length,
  pendingPods: pods.filter((p) => getAnnotation(p, REDIRECTION_ANNOTATION) === 'pending').length,
});

export type NextStep = 'installOperator' | 'blocked' | 'install' | 'none';

/** What the overview proposes next. */
export const nextStep = (s: {
  sailCRDs: boolean;
  serviceMesh2: boolean;
  installed: boolean;
}): NextStep => {
  if (s.serviceMesh2) return 'blocked';
  if (!s.sailCRDs) return 'installOperator';
  return s.installed ? 'none' : 'install';
};
