/** Serialisation of stored objects, with the per-object byte cache that makes large lists cheap. */
import type { ResourceType } from './registry';
import type { Entry } from './store';
import type { KObj } from './types';

export const apiVersionOf = (group: string, version: string): string =>
  group ? `${group}/${version}` : version;

/** The object as served at `version` (only apiVersion differs between versions here). */
export const asVersion = (obj: KObj, rt: ResourceType, version: string): KObj => {
  const av = apiVersionOf(rt.group, version);
  if (obj.apiVersion === av && obj.kind === rt.kind) return obj;
  return { ...obj, apiVersion: av, kind: rt.kind };
};

/** The object serialised at `version`. */
export const objectJson = (obj: KObj, rt: ResourceType, version: string): string =>
  JSON.stringify(asVersion(obj, rt, version));

const COMMA = Buffer.from(',');

/** The object serialised as bytes, cached on the store entry until the object changes. */
export const entryBuffer = (e: Entry, rt: ResourceType, version: string): Buffer => {
  const av = apiVersionOf(rt.group, version);
  if (e.obj.apiVersion === av) {
    if (e.buf === undefined) e.buf = Buffer.from(JSON.stringify(e.obj));
    return e.buf;
  }
  return Buffer.from(JSON.stringify(asVersion(e.obj, rt, version)));
};

const listHead = (
  rt: ResourceType,
  version: string,
  rv: number,
  cont?: string,
  remaining?: number,
): Buffer => {
  const meta: Record<string, unknown> = { resourceVersion: String(rv) };
  if (cont) meta.continue = cont;
  if (remaining !== undefined && remaining > 0) meta.remainingItemCount = remaining;
  return Buffer.from(
    `{"kind":"${rt.listKind}","apiVersion":"${apiVersionOf(rt.group, version)}","metadata":${JSON.stringify(meta)},"items":[`,
  );
};
const LIST_TAIL = Buffer.from(']}');

/** One namespace's objects, comma-separated, kept until an object of that namespace changes. */
export type ChunkCache = Map<string, { gen: number; count: number; buf: Buffer }>;

/**
 * The body of a whole-collection list as parts to write in turn: one cached chunk per
 * namespace, so that after one object changed only its namespace is assembled again (a list of
 * 100,000 pods is then no 170 MB copy). The objects' own cached bytes become views into the
 * chunk, so the bytes are held once. `nsGen` is the store's generation of a namespace;
 * `chunkCache` belongs to the store (one per cluster).
 */
export const wholeListParts = (
  rt: ResourceType,
  version: string,
  entries: Entry[],
  rv: number,
  nsGen: (ns: string) => number,
  chunkCache: ChunkCache,
): Buffer[] => {
  const parts: Buffer[] = [listHead(rt, version, rv)];
  const av = apiVersionOf(rt.group, version);
  for (let i = 0; i < entries.length; ) {
    const ns = entries[i].obj.metadata.namespace ?? '';
    let j = i + 1;
    while (j < entries.length && (entries[j].obj.metadata.namespace ?? '') === ns) j += 1;
    const key = `${rt.group}/${rt.plural}|${version}|${ns}`;
    const gen = nsGen(ns);
    let hit = chunkCache.get(key);
    if (!hit || hit.gen !== gen || hit.count !== j - i) {
      const run = entries.slice(i, j);
      const bufs = run.map((e) => entryBuffer(e, rt, version));
      const buf = Buffer.concat(bufs.flatMap((b, k) => (k ? [COMMA, b] : [b])));
      let off = 0;
      run.forEach((e, k) => {
        if (e.obj.apiVersion === av) e.buf = buf.subarray(off, off + bufs[k].length);
        off += bufs[k].length + 1;
      });
      hit = { gen, count: j - i, buf };
      chunkCache.set(key, hit);
    }
    if (i > 0) parts.push(COMMA);
    parts.push(hit.buf);
    i = j;
  }
  parts.push(LIST_TAIL);
  return parts;
};

/**
 * The list response body as the parts to write in turn: its head, the cached bytes of each object
 * (no copy), the commas between them, and its tail: a page of 2,000 pods is written without first
 * being copied into one 4 MB buffer.
 */
export const listParts = (
  rt: ResourceType,
  version: string,
  entries: Entry[],
  rv: number,
  cont?: string,
  remaining?: number,
): Buffer[] => {
  const parts: Buffer[] = [listHead(rt, version, rv, cont, remaining)];
  entries.forEach((e, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(entryBuffer(e, rt, version));
  });
  parts.push(LIST_TAIL);
  return parts;
};
