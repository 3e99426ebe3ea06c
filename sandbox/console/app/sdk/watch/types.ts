import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

/** What one shared watch looks at: a list (with selectors) or one object by name. */
export type WatchSpec = {
  model: K8sModel;
  ns?: string;
  name?: string;
  isList: boolean;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
};

export type WatchState = {
  data: K8sResourceCommon[] | K8sResourceCommon | undefined;
  loaded: boolean;
  loadError: unknown;
};

export type WatchEvent = {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'ERROR' | 'BOOKMARK';
  object: K8sResourceCommon & { code?: number; message?: string };
};

/** The page size of a list when the watched resource sets no `limit` (`paginationLimit`). */
export const PAGE_LIMIT = 250;
/** Events are buffered and applied together, as the console does every 500 ms. */
export const FLUSH_MS = 500;
/** At most this many events wait for a flush; older ones are dropped (`bufferMax`). */
export const BUFFER_MAX = 1000;
/** Delay before the first re-list after a watch drops; doubles up to RETRY_MAX_MS. */
export const RETRY_MIN_MS = 1000;
export const RETRY_MAX_MS = 15000;
/** A list the server refused (4xx) is asked for again after this long (the console's 15 s). */
export const REFUSED_RETRY_MS = 15000;
/** Objects the user may get but not list or watch are fetched again this often. */
export const POLL_MS = 30000;
