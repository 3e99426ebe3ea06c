import type { PodKind } from '../../k8s/pod/types';
import { getName, getNamespace } from '../../k8s/common/selectors';

type Entry = { pod: PodKind; key: string; ns: string; seen: number };

const EMPTY: PodKind[] = [];

/**
 * Pods grouped by namespace, kept up to date from the successive lists a watch hands over, with
 * work in proportion to what changed: a pod that is the same object as before (the console's
 * watch hands back the same object until the pod changes), or has the same resourceVersion, is
 * only looked up; only the namespaces whose pods were added, changed or removed get a new array.
 * Every other namespace keeps its array, so what is derived from it can be reused by identity.
 *
 * A list is applied in slices (`begin`, `step` until it answers true), so that a caller can yield
 * to the browser between them; `apply` does it all at once.
 */
export class NamespacePodIndex {
  private byObject = new Map<PodKind, Entry>();
  private byKey = new Map<string, Entry>();
  private members = new Map<string, Map<string, Entry>>();
  private arrays = new Map<string, PodKind[]>();
  private dirty = new Set<string>();
  private gen = 0;
  private list: PodKind[] = EMPTY;
  private at = 0;

  /** Starts applying `pods`, the whole current list. */
  begin(pods: PodKind[]): void {
    this.list = pods;
    this.at = 0;
    this.gen += 1;
  }

  /**
   * Applies the next `count` pods of the list begun; true when the list is applied (the
   * namespaces that changed are then in `takeChanged`).
   */
  step(count: number): boolean {
    const { list, gen } = this;
    const end = Math.min(list.length, this.at + count);
    for (let i = this.at; i < end; i += 1) this.put(list[i], gen);
    this.at = end;
    if (end < list.length) return false;
    // a list without duplicate keys holds every key: any more entries are of pods now gone
    if (this.byKey.size !== list.length) {
      for (const e of [...this.byKey.values()]) if (e.seen !== gen) this.remove(e);
    }
    return true;
  }

  /** Applies the whole list at once; the namespaces whose pods changed. */
  apply(pods: PodKind[]): Set<string> {
    this.begin(pods);
    this.step(pods.length);
    return this.takeChanged();
  }

  /** The namespaces whose pods changed since the last call, with their arrays rebuilt. */
  takeChanged(): Set<string> {
    const changed = this.dirty;
    this.dirty = new Set();
    changed.forEach((ns) => {
      const m = this.members.get(ns);
      if (m && m.size > 0)
        this.arrays.set(
          ns,
          [...m.values()].map((e) => e.pod),
        );
      else {
        this.arrays.delete(ns);
        this.members.delete(ns);
      }
    });
    return changed;
  }

  /** The pods of a namespace: the same array until one of them changes. */
  podsOf(ns: string): PodKind[] {
    return this.arrays.get(ns) ?? EMPTY;
  }

  /** Every namespace's pods, as a new map of the current arrays. */
  snapshot(): Map<string, PodKind[]> {
    return new Map(this.arrays);
  }

  get size(): number {
    return this.byKey.size;
  }

  private put(pod: PodKind, gen: number): void {
    const same = this.byObject.get(pod);
    if (same) {
      same.seen = gen;
      return;
    }
    const ns = getNamespace(pod);
    const key = `${ns}/${getName(pod)}`;
    const old = this.byKey.get(key);
    if (old && old.pod.metadata?.resourceVersion === pod.metadata?.resourceVersion) {
      // an equal copy (a watch that hands out new objects): keep the entry, follow the object
      this.byObject.delete(old.pod);
      old.pod = pod;
      old.seen = gen;
      this.byObject.set(pod, old);
      return;
    }
    if (old) this.remove(old);
    const entry: Entry = { pod, key, ns, seen: gen };
    this.byObject.set(pod, entry);
    this.byKey.set(key, entry);
    let m = this.members.get(ns);
    if (!m) {
      m = new Map();
      this.members.set(ns, m);
    }
    m.set(key, entry);
    this.dirty.add(ns);
  }

  private remove(e: Entry): void {
    this.byObject.delete(e.pod);
    this.byKey.delete(e.key);
    this.members.get(e.ns)?.delete(e.key);
    this.dirty.add(e.ns);
  }
}
