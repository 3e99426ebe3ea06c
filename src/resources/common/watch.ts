import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { httpStatus } from '../../k8s/errors';

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

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * The one empty list a watch hook hands back while its list is not there (not loaded, switched
 * off, or refused): the same array every render, so that memos and caches keyed by the list stay
 * valid until the list itself changes. Frozen: it is shared.
 */
export const noItems = <T>(): T[] => EMPTY as unknown as T[];

/** A list or object the server answered: proof that the user may read it. */
export const listed = (w: { loaded: boolean; error: unknown }): boolean => w.loaded && !w.error;

/**
 * A list the server refused to this user (HTTP 403): what they may read must come from elsewhere
 * (their projects). The list's own answer, not an access review asked beside it.
 */
export const refusedList = (w: { error: unknown }): boolean => httpStatus(w.error) === 403;

/** A watch that has answered, either way: loaded, or failed. Nothing more is coming to wait for. */
export const settled = (w: { loaded: boolean; error: unknown }): boolean => w.loaded || !!w.error;

/** The page size the console lists with when the watched resource sets no `limit`. */
export const CONSOLE_PAGE_SIZE = 250;

/**
 * Whether a loaded list already holds its last page. The console loads a list page by page
 * (`{ limit: 250, ...query, continue }`) and hands each page to the watchers as it arrives; every
 * page but the last is full, so a count that is not a multiple of the page size means the last
 * page is in. A count that is a multiple may be complete or not: callers then wait (debounce) as
 * they would without this signal.
 */
export const listComplete = (count: number, limit = CONSOLE_PAGE_SIZE): boolean =>
  count === 0 || count % limit !== 0;

/**
 * A watched list with nothing more to come: failed, or loaded with its last page in
 * (`listComplete`; a count that is a multiple of the page size is not known to be whole).
 */
export const wholeList = (
  w: { loaded: boolean; error: unknown },
  count: number,
  limit = CONSOLE_PAGE_SIZE,
): boolean => !!w.error || (w.loaded && listComplete(count, limit));

/**
 * Whether a watch's error is the console's answer for a kind its API discovery does not list
 * (`NoModelError`, "Model does not exist"): the cluster does not serve that kind (its CRD is not
 * installed). Console 4.19's `useK8sWatchResource` gives it, with `loaded`, whatever the query's
 * `optional` flag (which only its Firehose reads); a served kind's failed list is another error.
 */
export const notServed = (error: unknown): boolean =>
  error instanceof Error && error.message === 'Model does not exist';

/**
 * A list of a kind the cluster may not serve (a CRD that may be absent): when it is not served
 * there is none of it, so the list is empty and loaded, with no error. Any other error is kept.
 */
export const noneIfNotServed = <T>(
  items: T[] | undefined,
  loaded: boolean,
  error: unknown,
): { items: T[]; loaded: boolean; error: unknown } =>
  notServed(error)
    ? { items: noItems<T>(), loaded: true, error: undefined }
    : { items: items ?? noItems<T>(), loaded, error };
