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

/** The list response body, assembled from the cached bytes of each object. */
export const listBuffer = (
  rt: ResourceType,
  version: string,
  entries: Entry[],
  rv: number,
  cont?: string,
  remaining?: number,
): Buffer => {
  const meta: Record<string, unknown> = { resourceVersion: String(rv) };
  if (cont) meta.continue = cont;
  if (remaining !== undefined && remaining > 0) meta.remainingItemCount = remaining;
  const parts: Buffer[] = [
    Buffer.from(
      `{"kind":"${rt.listKind}","apiVersion":"${apiVersionOf(rt.group, version)}","metadata":${JSON.stringify(meta)},"items":[`,
    ),
  ];
  entries.forEach((e, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(entryBuffer(e, rt, version));
  });
  parts.push(Buffer.from(']}'));
  return Buffer.concat(parts);
};
