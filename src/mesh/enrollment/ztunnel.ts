import type { PodKind } from '../../resources/pod/types';

/** Nodes where a ztunnel pod runs and is ready (from the ztunnel DaemonSet's pods). */
export const readyZtunnelNodes = (ztunnelPods: PodKind[]): Set<string> => {
  const out = new Set<string>();
  ztunnelPods.forEach((p) => {
    const ready =
      p.status?.phase === 'Running' &&
      (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
    if (ready && p.spec?.nodeName) out.add(p.spec.nodeName);
  });
  return out;
};
