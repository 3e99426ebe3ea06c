/** Garbage collection through ownerReferences and namespace termination. */
import type { KObj } from '../api/types';
import type { Runtime } from './runtime';

export const startLifecycle = (rt: Runtime): void => {
  const { api } = rt;

  const collect = (owner: KObj): void => {
    const uid = owner.metadata.uid;
    for (const rid of api.store.rids()) {
      const type = api.registry.byRid(rid);
      if (!type) continue;
      const deps = api.store
        .list(rid)
        .filter((e) => e.obj.metadata.ownerReferences?.some((r) => r.uid === uid));
      for (const d of deps) {
        const obj = d.obj;
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
    }
  };

  const ownerExists = (uid: string): boolean => {
    for (const rid of api.store.rids())
      for (const e of api.store.list(rid)) if (e.obj.metadata.uid === uid) return true;
    return false;
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
    if (e.type === 'DELETED') {
      const nsName = e.object.metadata.namespace;
      if (nsName && api.store.get('/namespaces', '', nsName)?.metadata.deletionTimestamp) {
        rt.enqueue(`ns-finalize/${nsName}`, () => finishNamespace(nsName));
      }
      const uid = e.object.metadata.uid;
      const hasDeps = api.store
        .rids()
        .some((rid) =>
          api.store
            .list(rid)
            .some((d) => d.obj.metadata.ownerReferences?.some((r) => r.uid === uid)),
        );
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
