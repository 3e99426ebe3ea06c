import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { PodModel, gvkOf } from '../../models';
import type { LabelSelector } from '../../k8s/common/types';
import type { PodKind } from '../../k8s/pod/types';

export type PodsWatch = { pods: PodKind[]; loaded: boolean; error: unknown };

/**
 * Pods of one namespace, or of all namespaces when `namespace` is undefined. `null` disables
 * the watch. One watch for the whole list: never one per row.
 */
export const usePods = (
  namespace: string | undefined | null,
  selector?: LabelSelector,
): PodsWatch => {
  const [pods, loaded, error] = useK8sWatchResource<PodKind[]>(
    namespace === null
      ? null
      : { groupVersionKind: gvkOf(PodModel), isList: true, namespace, selector },
  );
  return { pods: pods ?? [], loaded, error };
};

/** The ztunnel pods (`app=ztunnel`) in the ZTunnel namespace; `null` disables the watch. */
export const useZtunnelPods = (ztunnelNamespace: string | null): PodsWatch =>
  usePods(ztunnelNamespace, { matchLabels: { app: 'ztunnel' } });
