import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { getName, getNamespace } from './selectors';

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

/** An event that changes a list. */
export type ChangeEvent<T extends K8sResourceCommon> = Extract<
  WatchEvent<T>,
  { type: 'ADDED' | 'MODIFIED' | 'DELETED' }
>;

/** The key of an object in a list: its namespace and name. */
export const objectKey = (o: K8sResourceCommon): string => `${getNamespace(o)}/${getName(o)}`;

/** The resourceVersion an event leaves the watch at (none for an error). */
export const eventVersion = <T extends K8sResourceCommon>(e: WatchEvent<T>): string | undefined =>
  e.type === 'ERROR' ? undefined : e.object.metadata?.resourceVersion;

/** Applies events to a list held by key, in place. Returns whether the list changed. */
export const applyEvents = <T extends K8sResourceCommon>(
  items: Map<string, T>,
  events: ChangeEvent<T>[],
): boolean => {
  let changed = false;
  for (const e of events) {
    if (e.type === 'DELETED') changed = items.delete(objectKey(e.object)) || changed;
    else {
      items.set(objectKey(e.object), e.object);
      changed = true;
    }
  }
  return changed;
};
