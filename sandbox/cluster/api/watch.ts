/** Watches: a filtered feed of store events from a resourceVersion, over chunked HTTP or WebSocket. */
import { gone } from './errors';
import { apiVersionOf, objectJson } from './output';
import type { ResourceType } from './registry';
import { ridOf } from './registry';
import { matchesFields, matchesLabels, type FieldRequirement, type Requirement } from './selectors';
import type { Store, StoreEvent } from './store';
import type { KObj } from './types';

export interface WatchSpec {
  rt: ResourceType;
  version: string;
  namespace?: string;
  labels: Requirement[];
  fields: FieldRequirement[];
  /** undefined or "0": start with ADDED events for all current objects. */
  resourceVersion?: string;
  /** After those ADDED events, a BOOKMARK annotated `k8s.io/initial-events-end` (streaming list). */
  initialEventsEnd?: boolean;
  /** Extra visibility filter (projects: only namespaces the user may see). */
  visible?: (o: KObj) => boolean;
  /** Maps store objects to what this watch serves (projects from namespaces). */
  transform?: (o: KObj) => KObj;
  sourceRid?: string;
}

export type Send = (line: string) => void;

const matches = (spec: WatchSpec, o: KObj | undefined): boolean =>
  !!o &&
  (!spec.namespace || o.metadata.namespace === spec.namespace) &&
  matchesLabels(spec.labels, o.metadata.labels) &&
  matchesFields(spec.fields, o) &&
  (!spec.visible || spec.visible(o));

const line = (type: string, json: string): string => `{"type":"${type}","object":${json}}`;

/** Serialised objects shared by all watches of a version: stored objects never change in place. */
const shared = new Map<string, WeakMap<KObj, string>>();
const sharedCache = (version: string): WeakMap<KObj, string> => {
  let m = shared.get(version);
  if (!m) {
    m = new WeakMap();
    shared.set(version, m);
  }
  return m;
};

/** Starts a watch; returns a function that stops it. Throws 410 Gone when the resourceVersion is too old. */
export const startWatch = (store: Store, spec: WatchSpec, send: Send): (() => void) => {
  const rid = spec.sourceRid ?? ridOf(spec.rt.group, spec.rt.plural);
  const ser = (o: KObj): string =>
    spec.transform ? JSON.stringify(spec.transform(o)) : objectJson(o, spec.rt, spec.version);
  const cache = spec.transform ? new WeakMap<KObj, string>() : sharedCache(spec.version);
  const json = (o: KObj): string => {
    let s = cache.get(o);
    if (s === undefined) {
      s = ser(o);
      cache.set(o, s);
    }
    return s;
  };
  const handle = (e: StoreEvent): void => {
    if (e.rid !== rid) return;
    const now = e.type !== 'DELETED' && matches(spec, e.object);
    const before = e.old !== undefined && e.type !== 'ADDED' && matches(spec, e.old);
    if (e.type === 'DELETED') {
      if (before) send(line('DELETED', json(e.object)));
    } else if (now && before) send(line('MODIFIED', json(e.object)));
    else if (now) send(line('ADDED', json(e.object)));
    else if (before) send(line('DELETED', json(e.object)));
  };
  const rv = spec.resourceVersion;
  if (!rv || rv === '0') {
    for (const entry of store.list(rid, spec.namespace))
      if (matches(spec, entry.obj)) send(line('ADDED', json(entry.obj)));
    if (spec.initialEventsEnd) {
      const bookmark = {
        kind: spec.rt.kind,
        apiVersion: apiVersionOf(spec.rt.group, spec.version),
        metadata: {
          resourceVersion: String(store.rv),
          annotations: { 'k8s.io/initial-events-end': 'true' },
        },
      };
      send(line('BOOKMARK', JSON.stringify(bookmark)));
    }
  } else {
    const n = Number(rv);
    if (!Number.isFinite(n)) throw gone(`too old resource version: ${rv}`);
    if (n < store.oldestRv) throw gone(`too old resource version: ${rv} (${store.oldestRv})`);
    for (const e of store.eventsSince(n)) handle(e);
  }
  return store.subscribe(handle);
};

export const errorEvent = (status: object): string =>
  `{"type":"ERROR","object":${JSON.stringify(status)}}`;
