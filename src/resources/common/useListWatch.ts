import * as React from 'react';
import type {
  K8sModel,
  K8sResourceCommon,
  WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { selectorQuery } from '../../k8s/common/labelSelector';
import type { LabelSelector } from '../../k8s/common/types';
import { subscribeListWatch, type ListWatchState } from './listWatch';

/**
 * A list watched by the plugin itself (`ListWatch`), answered as `useK8sWatchResource` answers:
 * `[data, loaded, error]`; not loaded until the list's first answer for this very query; loaded
 * with no data while switched off (`null`). For the lists large enough that the console's store
 * costs more than the data (every pod of the cluster).
 */
export const useListWatch = <T extends K8sResourceCommon>(
  resource: WatchK8sResource | null,
  model: K8sModel,
): [T[] | undefined, boolean, unknown] => {
  const namespace = resource?.namespace;
  const limit = resource?.limit;
  const selector = resource?.selector
    ? selectorQuery(resource.selector as LabelSelector)
    : undefined;
  const key = resource
    ? JSON.stringify([model.apiGroup, model.apiVersion, model.plural, namespace, selector, limit])
    : '';
  const [held, setHeld] = React.useState<{ key: string; state: ListWatchState<T> }>();
  React.useEffect(() => {
    if (!key) return undefined;
    const spec = { model, namespace, labelSelector: selector, limit };
    const { watch, unsubscribe } = subscribeListWatch<T>(spec, () =>
      setHeld({ key, state: watch.state }),
    );
    setHeld({ key, state: watch.state });
    return unsubscribe;
  }, [key, model, namespace, selector, limit]);
  const state = held?.key === key ? held.state : undefined;
  return React.useMemo(() => {
    if (!key) return [undefined, true, undefined];
    if (!state) return [undefined, false, undefined];
    return [state.data, state.loaded, state.error];
  }, [key, state]);
};
