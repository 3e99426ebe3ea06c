import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';

/**
 * Every watch hook takes one options object; `enabled: false` switches its watch off (it is on by
 * default). What to watch (a name, a namespace, a version) is never used to switch it off.
 */
export type WatchOptions = { enabled?: boolean };

/** The resource to pass to `useK8sWatchResource`: `null` while the watch is off. */
export const watched = (
  resource: WatchK8sResource,
  { enabled = true }: WatchOptions,
): WatchK8sResource | null => (enabled ? resource : null);
