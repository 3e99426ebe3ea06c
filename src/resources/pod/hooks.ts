import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { PodModel, gvkOf } from '../../models';
import type { LabelSelector } from '../../k8s/common/types';
import type { PodKind } from '../../k8s/pod/types';
import { ZTUNNEL_APP_LABEL } from '../../mesh/labels';
import { watched, type WatchOptions } from '../common/watch';

export type PodsWatch = { pods: PodKind[]; loaded: boolean; error: unknown };

/**
 * Pods of one namespace, or of all namespaces when `namespace` is undefined. One watch for the
 * whole list: never one per row.
 */
export const usePods = ({
  namespace,
  selector,
  ...options
}: WatchOptions & { namespace?: string; selector?: LabelSelector } = {}): PodsWatch => {
  const [pods, loaded, error] = useK8sWatchResource<PodKind[]>(
    watched({ groupVersionKind: gvkOf(PodModel), isList: true, namespace, selector }, options),
  );
  return { pods: pods ?? [], loaded, error };
};

/** The ztunnel pods (`app=ztunnel`) in the ZTunnel namespace. */
export const useZtunnelPods = ({
  namespace,
  ...options
}: WatchOptions & { namespace: string }): PodsWatch =>
  usePods({
    namespace,
    selector: { matchLabels: { [ZTUNNEL_APP_LABEL.key]: ZTUNNEL_APP_LABEL.value } },
    ...options,
  });
