import {
  useK8sWatchResource,
  type K8sModel,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  DaemonSetModel,
  DeploymentModel,
  DestinationRuleModel,
  StatefulSetModel,
  VirtualServiceModel,
  gvkOf,
} from '../../models';
import type { DaemonSetKind } from '../../k8s/daemonset/types';
import type { DeploymentKind } from '../../k8s/deployment/types';
import type { DestinationRuleKind } from '../../k8s/destinationrule/types';
import type { StatefulSetKind } from '../../k8s/statefulset/types';
import type { VirtualServiceKind } from '../../k8s/virtualservice/types';
import { watched, type WatchOptions, noItems, noneIfNotServed } from '../common/watch';

export type ListWatch<T> = { items: T[]; loaded: boolean; error: unknown };

type NamespacedOptions = WatchOptions & { namespace: string };

const useNamespacedList = <T extends K8sResourceCommon>(
  model: K8sModel,
  { namespace, ...options }: NamespacedOptions,
  mayBeAbsent = false,
): ListWatch<T> => {
  const [items, loaded, error] = useK8sWatchResource<T[]>(
    watched(
      {
        groupVersionKind: gvkOf(model),
        isList: true,
        namespace,
      },
      options,
    ),
  );
  return mayBeAbsent
    ? noneIfNotServed(items, loaded, error)
    : { items: items ?? noItems(), loaded, error };
};

/** The Deployments of one namespace (never cluster-wide). */
export const useDeployments = (o: NamespacedOptions): ListWatch<DeploymentKind> =>
  useNamespacedList<DeploymentKind>(DeploymentModel, o);

/** The StatefulSets of one namespace. */
export const useStatefulSets = (o: NamespacedOptions): ListWatch<StatefulSetKind> =>
  useNamespacedList<StatefulSetKind>(StatefulSetModel, o);

/** The DaemonSets of one namespace. */
export const useDaemonSets = (o: NamespacedOptions): ListWatch<DaemonSetKind> =>
  useNamespacedList<DaemonSetKind>(DaemonSetModel, o);

/** The VirtualServices of one namespace; none without Istio's CRDs. */
export const useVirtualServices = (o: NamespacedOptions): ListWatch<VirtualServiceKind> =>
  useNamespacedList<VirtualServiceKind>(VirtualServiceModel, o, true);

/** The DestinationRules of one namespace; none without Istio's CRDs. */
export const useDestinationRules = (o: NamespacedOptions): ListWatch<DestinationRuleKind> =>
  useNamespacedList<DestinationRuleKind>(DestinationRuleModel, o, true);
