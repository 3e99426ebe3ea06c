import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

/**
 * The API server's watch events, one JSON object each (`{"type": ..., "object": ...}`; one per
 * WebSocket message), the object a `Status` when `type` is `ERROR` (410 Expired
 * when the resourceVersion watched from is too old: list again), and only a resourceVersion in
 * a `BOOKMARK`.
 */
export type WatchEvent<T extends K8sResourceCommon> =
  | { type: 'ADDED' | 'MODIFIED' | 'DELETED'; object: T }
  | { type: 'BOOKMARK'; object: K8sResourceCommon }
  | { type: 'ERROR'; object: { code?: number; reason?: string; message?: string } };

/** The key of an object in a list: its namespace and name. */
export const objectKey = (o: K8sResourceCommon): string =>
  `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

/** The resourceVersion an event leaves the watch at (none for an error). */
export const eventVersion = <T extends K8sResourceCommon>(e: WatchEvent<T>): string | undefined =>
  e.type === 'ERROR' ? undefined : e.object.metadata?.resourceVersion;

/**
 * Applies watch events to a list held by key, in place. Returns whether the list changed (a
 * bookmark changes nothing) and whether the server said the watch must start over from a new
 * list (`ERROR`): the events after an error are not applied.
 */
export const applyEvents = <T extends K8sResourceCommon>(
  items: Map<string, T>,
  events: WatchEvent<T>[],
): { changed: boolean; relist: boolean } => {
  let changed = false;
  for (const e of events) {
    switch (e.type) {
      case 'ADDED':
      case 'MODIFIED':
        items.set(objectKey(e.object), e.object);
        changed = true;
        break;
      case 'DELETED':
        changed = items.delete(objectKey(e.object)) || changed;
        break;
      case 'ERROR':
        return { changed, relist: true };
      default:
        break;
    }
  }
  return { changed, relist: false };
};
