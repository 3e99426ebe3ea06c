/** Serialisation of stored objects, with the per-object JSON cache that makes large lists cheap. */
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

export const entryJson = (e: Entry, rt: ResourceType, version: string): string => {
  const av = apiVersionOf(rt.group, version);
  if (e.obj.apiVersion === av) {
    if (e.json === undefined) e.json = JSON.stringify(e.obj);
    return e.json;
  }
  return JSON.stringify(asVersion(e.obj, rt, version));
};

/** The list as chunks of JSON text (items grouped so a large list is written without one huge string). */
export const listChunks = (
  rt: ResourceType,
  version: string,
  entries: Entry[],
  rv: number,
  cont?: string,
  remaining?: number,
): string[] => {
  const meta: Record<string, unknown> = { resourceVersion: String(rv) };
  if (cont) meta.continue = cont;
  if (remaining !== undefined && remaining > 0) meta.remainingItemCount = remaining;
  const chunks = [
    `{"kind":"${rt.listKind}","apiVersion":"${apiVersionOf(rt.group, version)}","metadata":${JSON.stringify(meta)},"items":[`,
  ];
  for (let i = 0; i < entries.length; i += 500) {
    const part = entries.slice(i, i + 500).map((e) => entryJson(e, rt, version));
    chunks.push((i > 0 ? ',' : '') + part.join(','));
  }
  chunks.push(']}');
  return chunks;
};

export const listJson = (
  rt: ResourceType,
  version: string,
  entries: Entry[],
  rv: number,
  cont?: string,
  remaining?: number,
): string => {
  const meta: Record<string, unknown> = { resourceVersion: String(rv) };
  if (cont) meta.continue = cont;
  if (remaining !== undefined && remaining > 0) meta.remainingItemCount = remaining;
  const parts = entries.map((e) => entryJson(e, rt, version));
  return `{"kind":"${rt.listKind}","apiVersion":"${apiVersionOf(rt.group, version)}","metadata":${JSON.stringify(meta)},"items":[${parts.join(',')}]}`;
};
