/**
 * A watched list held as the console holds it (openshift/console, release 4.19,
 * `frontend/packages/console-dynamic-plugin-sdk`):
 *
 * - the store (`app/k8s/reducers/k8s.ts`) keeps an Immutable `Map` keyed `(<namespace>)-<name>`,
 *   each object deep-converted with `fromJS` as it comes in: the first page of a list replaces the
 *   list (`loadList`: an object already held is replaced only by a more recent one, and one the
 *   page does not hold is dropped), each later page is merged in (`bulkAddToList`), and watch
 *   events are applied one by one (`updateListFromWS`: an object whose only change is its
 *   resourceVersion leaves the list as it was, so nothing renders);
 * - `useK8sWatchResource` reads it back (`getReduxData` in `utils/k8s/hooks/k8s-watcher.ts`): the
 *   list's values as an array, each converted with `toJSON` (in Immutable 3 the same deep
 *   conversion as `toJS`) once and cached on its Immutable
 *   object, the array cached on the list. So an object that did not change keeps its identity from
 *   one update to the next, and a list in hash order, not in the API's.
 *
 * The conversions cost what they cost in the console: a list of 20,000 pods takes seconds to go
 * in and come out, which a page that watches such a list pays there.
 */
import { fromJS, Map as ImmutableMap } from 'immutable';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

type Stored = ImmutableMap<string, unknown>;
export type ListStore = ImmutableMap<string, Stored>;

export const emptyList = (): ListStore => ImmutableMap<string, Stored>();

const qualifiedName = (o: K8sResourceCommon): string => {
  const { name, namespace } = o.metadata ?? {};
  return (namespace ? `(${namespace})-` : '') + (name ?? '');
};

const toStored = (o: K8sResourceCommon): Stored => fromJS(o) as Stored;

const metaOf = (s: Stored) =>
  (s.get('metadata') as Stored).toJS() as {
    uid?: string;
    creationTimestamp?: string;
    resourceVersion?: string;
  };

/** `moreRecent`: a new object (another uid) by creation time, else by resourceVersion. */
const moreRecent = (a: Stored, b: Stored): boolean => {
  const ma = metaOf(a);
  const mb = metaOf(b);
  if (ma.uid !== mb.uid)
    return new Date(ma.creationTimestamp ?? 0) > new Date(mb.creationTimestamp ?? 0);
  return parseInt(ma.resourceVersion ?? '', 10) > parseInt(mb.resourceVersion ?? '', 10);
};

/** The first page of a list (`loaded`): what it holds replaces the list. */
export const loadList = (old: ListStore, items: K8sResourceCommon[]): ListStore => {
  const gone = new Set<string>(old.keySeq().toArray());
  return old.withMutations((list) => {
    for (const r of items) {
      const key = qualifiedName(r);
      gone.delete(key);
      const next = toStored(r);
      const current = list.get(key);
      if (!current || moreRecent(next, current)) list.set(key, next);
    }
    gone.forEach((k: string) => list.delete(k));
  });
};

/** A later page of a list (`bulkAddToList`). */
export const addToList = (list: ListStore, items: K8sResourceCommon[]): ListStore =>
  list.merge(
    items.reduce((m, o) => m.set(qualifiedName(o), toStored(o)), ImmutableMap<string, Stored>()),
  );

const withoutVersion = (s: Stored) => s.deleteIn(['metadata', 'resourceVersion']);

/** One ADDED or MODIFIED event (`updateList`). */
export const updateList = (list: ListStore, o: K8sResourceCommon): ListStore => {
  const key = qualifiedName(o);
  const current = list.get(key);
  const next = toStored(o);
  if (!current) return list.set(key, next);
  if (!moreRecent(next, current)) return list;
  // only the resourceVersion changed: no update
  if (withoutVersion(current).equals(withoutVersion(next))) return list;
  return list.set(key, next);
};

/** One DELETED event. */
export const removeFromList = (list: ListStore, o: K8sResourceCommon): ListStore =>
  list.delete(qualifiedName(o));

const asJSON = new WeakMap<Stored, K8sResourceCommon>();
const asArray = new WeakMap<ListStore, K8sResourceCommon[]>();

/** What the hook returns for the list: cached per list, each object cached per stored object. */
export const readList = (list: ListStore): K8sResourceCommon[] => {
  let out = asArray.get(list);
  if (!out) {
    out = list.toArray().map((s) => {
      let o = asJSON.get(s);
      if (!o) {
        o = s.toJS() as K8sResourceCommon;
        asJSON.set(s, o);
      }
      return o;
    });
    asArray.set(list, out);
  }
  return out;
};
