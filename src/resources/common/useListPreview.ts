import * as React from 'react';
import {
  k8sListItems,
  type K8sModel,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';

export type ListPreview<T> = {
  items: T[];
  loaded: boolean;
  error: unknown;
  /** The read holds the whole list: the server had no more than `size`. */
  complete: boolean;
};

const NONE: ListPreview<never> = { items: [], loaded: false, error: undefined, complete: false };

/**
 * The first `size` objects of a cluster-wide list, read once (`k8sListItems`, one request, the
 * console's headers) each time it is switched on: the first rows of a page whose whole list comes
 * later, in one large read. Not a watch: nothing after that read, and none of the console's pages
 * after the first. `complete` when the list has no more than `size` objects.
 */
export const useListPreview = <T extends K8sResourceCommon>(
  model: K8sModel,
  size: number,
  enabled: boolean,
): ListPreview<T> => {
  const [state, setState] = React.useState<ListPreview<T>>(NONE);
  React.useEffect(() => {
    // switched off: the read is dropped, so that switched on again it never shows an old one
    setState(NONE);
    if (!enabled) return undefined;
    let live = true;
    k8sListItems<T>({ model, queryParams: { limit: String(size) } }).then(
      (items) => {
        if (live)
          setState({ items, loaded: true, error: undefined, complete: items.length < size });
      },
      (error: unknown) => {
        if (live) setState({ ...NONE, error });
      },
    );
    return () => {
      live = false;
    };
  }, [model, size, enabled]);
  return enabled ? state : NONE;
};
