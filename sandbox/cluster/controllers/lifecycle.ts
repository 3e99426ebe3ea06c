/** Garbage collection through ownerReferences and namespace termination. */
import type { KObj } from '../api/types';
import type { Runtime } from './runtime';

type Ref = { rid: string; ns: string; name: string };

export const startLifecycle = (rt: Runtime): void => {
  const { api } = rt;
  // Who owns whom, kept from the store's events (as the garbage collector's dependency graph),
  // so that a deletion costs its dependents, not a scan of every object.
  const dependents = new Map<string, Map<string, Ref>>();
  const uids = new Map<string, Ref>();
  const refKey = (r: Ref) => `${r.rid}|${r.ns}|${r.name}`;
  const index = (rid: string, o: KObj | undefined, add: boolean): void => {
    if (!o) return;
    const ref = { rid, ns: o.metadata.namespace ?? '', name: o.metadata.name as string };
    const uid = o.metadata.uid;
    if (uid && add) uids.set(uid, ref);
    else if (uid && uids.get(uid) && refKey(uids.get(uid) as Ref) === refKey(ref)) uids.delete(uid);
    for (const owner of o.metadata.ownerReferences ?? []) {
      let deps = dependents.get(owner.uid);
      if (add) {
        if (!deps) dependents.set(owner.uid, (deps = new Map()));
        deps.set(refKey(ref), ref);
      } else if (deps) {
        deps.delete(refKey(ref));
        if (deps.size === 0) dependents.delete(owner.uid);
      }
    }
  };
  for (const rid of api.store.rids()) for (const e of api.store.list(rid)) index(rid, e.obj, true);

  /** The objects that still name `uid` among their owners. */
  const dependentsOf = (uid: string | undefined): { rid: string; obj: KObj }[] => {
    const out: { rid: string; obj: KObj }[] = [];
    for (const r of dependents.get(uid ?? '')?.values() ?? []) {
      const obj = api.store.get(r.rid, r.ns, r.name);
      if (obj?.metadata.ownerReferences?.some((o) => o.uid === uid)) out.push({ rid: r.rid, obj });
    }
    return out;
  };

  const collect = (owner: KObj): void => {
    const uid = owner.metadata.uid;
    for (const { rid, obj } of dependentsOf(uid)) {
      const type = api.registry.byRid(rid);
      if (!type) continue;
      const others = (obj.metadata.ownerReferences ?? []).filter(
        (r) => r.uid !== uid && ownerExists(r.uid),
      );
      if (others.length > 0) continue;
      try {
        api.delete(type, obj.metadata.namespace ?? '', obj.metadata.name as string);
      } catch {
        /* already gone */
      }
    }
  };

  const ownerExists = (uid: string): boolean => {
    const r = uids.get(uid);
    return !!r && api.store.get(r.rid, r.ns, r.name)?.metadata.uid === uid;
  };

  const finishNamespace = (name: string): void => {
    const nsType = rt.rt('', 'namespaces');
    const ns = api.find(nsType, '', name);
    if (!ns?.metadata.deletionTimestamp) return;
    for (const rid of api.store.rids()) {
      const type = api.registry.byRid(rid);
      if (!type?.namespaced) continue;
      for (const e of [...api.store.list(rid, name)]) {
        try {
          api.delete(type, name, e.obj.metadata.name as string);
        } catch {
          /* already gone */
        }
      }
    }
    const left = api.store.rids().some((rid) => api.store.list(rid, name).length > 0);
    if (!left) api.removeNow(nsType, ns);
  };

  api.store.subscribe((e) => {
    index(e.rid, e.old, false);
    if (e.type !== 'DELETED') index(e.rid, e.object, true);
    if (e.type === 'DELETED') {
      const nsName = e.object.metadata.namespace;
      if (nsName && api.store.get('/namespaces', '', nsName)?.metadata.deletionTimestamp) {
        rt.enqueue(`ns-finalize/${nsName}`, () => finishNamespace(nsName));
      }
      const uid = e.object.metadata.uid;
      const hasDeps = dependentsOf(uid).length > 0;
      if (hasDeps) rt.enqueue(`gc/${uid}`, () => collect(e.object), true);
      return;
    }
    if (
      e.rid === '/namespaces' &&
      e.object.metadata.deletionTimestamp &&
      !e.old?.metadata.deletionTimestamp
    ) {
      const name = e.object.metadata.name as string;
      rt.enqueue(`ns-finalize/${name}`, () => finishNamespace(name));
    }
  });
};
