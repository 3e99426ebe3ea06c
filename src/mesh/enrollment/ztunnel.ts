import type { PodKind } from '../../k8s/pod/types';
import { isPodReady } from '../../k8s/pod/selectors';

/** Nodes where a ztunnel pod runs and is ready (from the ztunnel DaemonSet's pods). */
export const readyZtunnelNodes = (ztunnelPods: PodKind[]): Set<string> => {
  const out = new Set<string>();
  ztunnelPods.forEach((p) => {
    if (isPodReady(p) && p.spec?.nodeName) out.add(p.spec.nodeName);
  });
  return out;
};
