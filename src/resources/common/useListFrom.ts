import {
  useK8sWatchResource,
  type K8sModel,
  type K8sResourceCommon,
  type WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { useListWatch } from './useListWatch';

/**
 * A watched list, from the plugin's own list and watch (`own`: `useListWatch`, for lists that
 * grow with the cluster) or from the console's (`useK8sWatchResource`). Both hooks are called on
 * every render, the one not used switched off, so that `own` may change.
 */
export const useListFrom = <T extends K8sResourceCommon>(
  resource: WatchK8sResource | null,
  model: K8sModel,
  own: boolean,
): [T[] | undefined, boolean, unknown] => {
  const ours = useListWatch<T>(own ? resource : null, model);
  const consoles = useK8sWatchResource<T[]>(own ? null : resource);
  return own ? ours : consoles;
};
