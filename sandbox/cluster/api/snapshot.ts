/**
 * A list as it was at a past resourceVersion, rebuilt from the current objects and the store's
 * event history. The API server serves every page of a paged list (`continue`) from the snapshot
 * of its first page, so that a client which lists page by page and then watches from the list's
 * resourceVersion misses no change made while it was paging (objects created, changed or deleted
 * in pages it had already read).
 */
import { gone } from './errors';
import type { Entry, Store } from './store';

const TOO_OLD =
  'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.';

const keyOf = (ns: string | undefined, name: string | undefined) => `${ns ?? ''}/${name ?? ''}`;

/** `entries` (current, sorted by namespace and name; of namespace `ns` if given) as they were at `rv`. */
export const entriesAt = (
  store: Store,
  rid: string,
  ns: string | undefined,
  entries: Entry[],
  rv: number,
): Entry[] => {
  if (rv >= store.rv) return entries;
  if (rv < store.oldestRv) throw gone(TOO_OLD);
  const events = store
    .eventsSince(rv)
    .filter((e) => e.rid === rid && (ns === undefined || e.object.metadata.namespace === ns));
  if (events.length === 0) return entries;
  // the oldest change after `rv` of each object tells what it was at `rv`
  const then = new Map<string, Entry | null>();
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const e = events[i];
    const m = e.object.metadata;
    then.set(keyOf(m.namespace, m.name), e.type === 'ADDED' || !e.old ? null : { obj: e.old });
  }
  const kept = entries.filter(
    (en) => !then.has(keyOf(en.obj.metadata.namespace, en.obj.metadata.name)),
  );
  const before = (a: Entry, b: Entry): boolean => {
    const an = a.obj.metadata.namespace ?? '';
    const bn = b.obj.metadata.namespace ?? '';
    return an < bn || (an === bn && (a.obj.metadata.name ?? '') < (b.obj.metadata.name ?? ''));
  };
  const old = [...then.values()]
    .filter((en): en is Entry => !!en)
    .sort((a, b) => (before(a, b) ? -1 : 1));
  // merge the two sorted runs (the list is long, the changed objects few)
  const out: Entry[] = [];
  let i = 0;
  for (const en of kept) {
    while (i < old.length && before(old[i], en)) out.push(old[i++]);
    out.push(en);
  }
  while (i < old.length) out.push(old[i++]);
  return out;
};
