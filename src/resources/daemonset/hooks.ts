import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { DaemonSetModel, gvkOf } from '../../models';
import type { DaemonSetKind } from '../../k8s/daemonset/types';

export type DaemonSetsWatch = { daemonSets: DaemonSetKind[]; loaded: boolean; error: unknown };

/** DaemonSets of one namespace; `null` disables the watch. */
export const useDaemonSets = (namespace: string | null): DaemonSetsWatch => {
  const [daemonSets, loaded, error] = useK8sWatchResource<DaemonSetKind[]>(
    namespace ? { groupVersionKind: gvkOf(DaemonSetModel), isList: true, namespace } : null,
  );
  return { daemonSets: daemonSets ?? [], loaded, error };
};
