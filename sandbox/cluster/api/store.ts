/** In-memory object store with a cluster-wide resourceVersion and a bounded event history for watches. */
import type { KObj } from './types';

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: EventType;
  rid: string;
  rv: number;
  object: KObj;
  /** The object before this change (MODIFIED and DELETED). */
  old?: KObj;
}

export interface Entry {
  obj: KObj;
  /** Serialised object (for list responses), computed on first read and kept until the object changes. */
  buf?: Buffer;
}

type Bucket = Map<string, Map<string, Entry>>;

export class Store {
  private rvCounter: number;
  private data = new Map<string, Bucket>();
  private history: StoreEvent[] = [];
  private listeners = new Set<(e: StoreEvent) => void>();
  private sortedCache = new Map<string, Entry[]>();
  private gens = new Map<string, number>();
  private nsGens = new Map<string, Map<string, number>>();

  constructor(
    private readonly historySize = 10000,
    startRv = 1000,
  ) {
    this.rvCounter = startRv;
  }

  get rv(): number {
    return this.rvCounter;
  }

  nextRv(): number {
    this.rvCounter += 1;
    return this.rvCounter;
  }

  /** The oldest resourceVersion from which a watch can still be resumed. */
  get oldestRv(): number {
    return this.history.length ? this.history[0].rv - 1 : this.rvCounter;
  }

  subscribe(fn: (e: StoreEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  eventsSince(rv: number): StoreEvent[] {
    let lo = 0;
    let hi = this.history.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.history[mid].rv <= rv) lo = mid + 1;
      else hi = mid;
    }
    return this.history.slice(lo);
  }

  get(rid: string, ns: string, name: string): KObj | undefined {
    return this.data.get(rid)?.get(ns)?.get(name)?.obj;
  }

  entry(rid: string, ns: string, name: string): Entry | undefined {
    return this.data.get(rid)?.get(ns)?.get(name);
  }

  /** Entries sorted by namespace then name; `ns` limits to one namespace. */
  list(rid: string, ns?: string): Entry[] {
    const bucket = this.data.get(rid);
    if (!bucket) return [];
    if (ns !== undefined) {
      const m = bucket.get(ns);
      if (!m) return [];
      return [...m.keys()].sort().map((k) => m.get(k) as Entry);
    }
    const cached = this.sortedCache.get(rid);
    if (cached) return cached;
    const out: Entry[] = [];
    for (const n of [...bucket.keys()].sort()) {
      const m = bucket.get(n) as Map<string, Entry>;
      for (const k of [...m.keys()].sort()) out.push(m.get(k) as Entry);
    }
    this.sortedCache.set(rid, out);
    return out;
  }

  /** Changes whenever any object of `rid` changes (for caches of whole lists). */
  generation(rid: string): number {
    return this.gens.get(rid) ?? 0;
  }

  /** Changes whenever an object of `rid` in namespace `ns` changes (for caches of its part of a list). */
  namespaceGeneration(rid: string, ns: string): number {
    return this.nsGens.get(rid)?.get(ns) ?? 0;
  }

  count(rid: string): number {
    let n = 0;
    for (const m of this.data.get(rid)?.values() ?? []) n += m.size;
    return n;
  }

  rids(): string[] {
    return [...this.data.keys()];
  }

  /** Stores an object whose metadata.resourceVersion the caller has already set to `rv`. */
  put(rid: string, obj: KObj, rv: number): void {
    const ns = obj.metadata.namespace ?? '';
    const name = obj.metadata.name as string;
    let bucket = this.data.get(rid);
    if (!bucket) {
      bucket = new Map();
      this.data.set(rid, bucket);
    }
    let m = bucket.get(ns);
    if (!m) {
      m = new Map();
      bucket.set(ns, m);
    }
    const prev = m.get(name);
    const before = prev?.obj;
    if (prev) {
      prev.obj = obj;
      prev.buf = undefined;
    } else {
      m.set(name, { obj });
      this.sortedCache.delete(rid);
    }
    this.emit({ type: before ? 'MODIFIED' : 'ADDED', rid, rv, object: obj, old: before });
  }

  remove(rid: string, ns: string, name: string, finalObj: KObj, rv: number): void {
    const m = this.data.get(rid)?.get(ns);
    const prev = m?.get(name);
    if (!m || !prev) return;
    m.delete(name);
    if (m.size === 0) this.data.get(rid)?.delete(ns);
    this.sortedCache.delete(rid);
    this.emit({ type: 'DELETED', rid, rv, object: finalObj, old: prev.obj });
  }

  /** Forgets every object of a resource type (its CRD was deleted). */
  drop(rid: string): void {
    this.gens.set(rid, (this.gens.get(rid) ?? 0) + 1);
    const byNs = this.nsGens.get(rid);
    for (const [ns, gen] of byNs ?? []) byNs?.set(ns, gen + 1);
    this.data.delete(rid);
    this.sortedCache.delete(rid);
  }

  private emit(e: StoreEvent): void {
    this.gens.set(e.rid, (this.gens.get(e.rid) ?? 0) + 1);
    let byNs = this.nsGens.get(e.rid);
    if (!byNs) {
      byNs = new Map();
      this.nsGens.set(e.rid, byNs);
    }
    const ns = e.object.metadata.namespace ?? '';
    byNs.set(ns, (byNs.get(ns) ?? 0) + 1);
    this.history.push(e);
    if (this.history.length > this.historySize * 1.5) {
      this.history.splice(0, this.history.length - this.historySize);
    }
    for (const fn of this.listeners) {
      try {
        fn(e);
      } catch (err) {
        if (process.env.SANDBOX_DEBUG) console.error('store listener failed', err);
      }
    }
  }
}
