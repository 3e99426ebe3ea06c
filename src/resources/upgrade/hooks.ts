import * as React from 'react';
import type { PodKind } from '../../k8s/pod/types';
import { usePods } from '../pod/hooks';
import type { WatchOptions } from '../common/watch';

export type ComponentPods = {
  istiod: PodKind[];
  ztunnel: PodKind[];
  cni: PodKind[];
  loaded: boolean;
  error: unknown;
};

// Labels of the pods Sail renders (istio/istio manifests/charts istio-control/istio-discovery,
// ztunnel, istio-cni, release-1.26..1.28): istiod `app=istiod`, ztunnel `app=ztunnel`, the CNI
// agent `k8s-app=istio-cni-node`.
/** The pods of istiod, ztunnel and the CNI agent: one watch per namespace and label. */
export const useComponentPods = ({
  istioNamespace,
  ztunnelNamespace,
  cniNamespace,
  ...options
}: WatchOptions & {
  istioNamespace: string;
  ztunnelNamespace: string;
  cniNamespace: string;
}): ComponentPods => {
  const istiod = usePods({
    namespace: istioNamespace,
    selector: { matchLabels: { app: 'istiod' } },
    ...options,
  });
  const ztunnel = usePods({
    namespace: ztunnelNamespace,
    selector: { matchLabels: { app: 'ztunnel' } },
    ...options,
  });
  const cni = usePods({
    namespace: cniNamespace,
    selector: { matchLabels: { 'k8s-app': 'istio-cni-node' } },
    ...options,
  });
  const loaded = istiod.loaded && ztunnel.loaded && cni.loaded;
  const error = istiod.error ?? ztunnel.error ?? cni.error;
  // one object while the lists are the same: the upgrade's progress is recomputed only on a change
  return React.useMemo(
    () => ({ istiod: istiod.pods, ztunnel: ztunnel.pods, cni: cni.pods, loaded, error }),
    [istiod.pods, ztunnel.pods, cni.pods, loaded, error],
  );
};
