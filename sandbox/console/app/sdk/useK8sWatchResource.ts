import * as React from 'react';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon, WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { useWatches } from './watch/useWatches';

const NONE: Record<string, WatchK8sResource> = {};

/** A list or one object: [data, loaded, loadError]; `null` watches nothing. */
export const useK8sWatchResource: typeof SDK.useK8sWatchResource = <
  R extends K8sResourceCommon | K8sResourceCommon[],
>(
  resource: WatchK8sResource | null,
) => {
  const states = useWatches(resource ? { r: resource } : NONE);
  const s = states.r;
  return React.useMemo(
    () => (s ? [s.data as R, s.loaded, s.loadError] : [undefined as unknown as R, true, undefined]),
    [s],
  ) as SDK.WatchK8sResult<R>;
};

/** Several watches by key: { key: { data, loaded, loadError } }. */
export const useK8sWatchResources: typeof SDK.useK8sWatchResources = <
  R extends SDK.ResourcesObject,
>(
  resources: SDK.WatchK8sResources<R>,
) => {
  const states = useWatches(resources as Record<string, WatchK8sResource>);
  return states as unknown as SDK.WatchK8sResults<R>;
};
