/** JSON patch (RFC 6902), JSON merge patch (RFC 7386) and strategic merge patch for built-in kinds. */
import { StatusError } from './errors';
import { clone, isDict, type Dict } from './types';

const patchError = (message: string): StatusError => new StatusError(422, 'Invalid', message);

type Container = Dict | unknown[];

const decodePointer = (path: string): string[] => {
  if (path === '') return [];
  if (!path.startsWith('/')) throw patchError(`invalid JSON pointer "${path}"`);
  return path
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
};

const parentOf = (doc: unknown, parts: string[], op: string): Container => {
  let cur: unknown = doc;
  for (const p of parts.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(p)];
    else if (isDict(cur)) cur = cur[p];
    else cur = undefined;
    if (cur === undefined || cur === null || typeof cur !== 'object') {
      throw patchError(
        `${op} operation does not apply: doc is missing path: "/${parts.join('/')}": missing value`,
      );
    }
  }
  return cur as Container;
};

const getAt = (doc: unknown, parts: string[]): unknown => {
  let cur: unknown = doc;
  for (const p of parts) {
    if (Array.isArray(cur)) cur = cur[Number(p)];
    else if (isDict(cur)) cur = cur[p];
    else return undefined;
  }
  return cur;
};

interface JsonPatchOp {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

const removeAt = (doc: unknown, parts: string[], path: string): unknown => {
  const parent = parentOf(doc, parts, 'remove');
  const key = parts[parts.length - 1];
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (!(i >= 0 && i < parent.length))
      throw patchError(`remove operation does not apply: doc is missing path: "${path}"`);
    return parent.splice(i, 1)[0];
  }
  if (!Object.prototype.hasOwnProperty.call(parent, key)) {
    throw patchError(
      `remove operation does not apply: doc is missing path: "${path}": missing value`,
    );
  }
  const old = parent[key];
  delete parent[key];
  return old;
};

const addAt = (
  doc: unknown,
  parts: string[],
  value: unknown,
  replace: boolean,
  path: string,
): unknown => {
  if (parts.length === 0) return value;
  const parent = parentOf(doc, parts, replace ? 'replace' : 'add');
  const key = parts[parts.length - 1];
  if (Array.isArray(parent)) {
    const i = key === '-' ? parent.length : Number(key);
    if (!(i >= 0 && i <= parent.length) || (replace && i >= parent.length)) {
      throw patchError(
        `${replace ? 'replace' : 'add'} operation does not apply: doc is missing path: "${path}"`,
      );
    }
    if (replace) parent[i] = value;
    else parent.splice(i, 0, value);
  } else {
    if (replace && !Object.prototype.hasOwnProperty.call(parent, key)) {
      throw patchError(
        `replace operation does not apply: doc is missing key: ${path}: missing value`,
      );
    }
    parent[key] = value;
  }
  return doc;
};

export const applyJsonPatch = (original: unknown, ops: unknown): unknown => {
  if (!Array.isArray(ops))
    throw new StatusError(
      400,
      'BadRequest',
      'json: cannot unmarshal object into Go value of type jsonpatch.Patch',
    );
  let doc = clone(original);
  for (const raw of ops as JsonPatchOp[]) {
    const parts = decodePointer(raw.path);
    switch (raw.op) {
      case 'add':
        doc = addAt(doc, parts, clone(raw.value), false, raw.path);
        break;
      case 'replace':
        doc = addAt(doc, parts, clone(raw.value), true, raw.path);
        break;
      case 'remove':
        removeAt(doc, parts, raw.path);
        break;
      case 'move': {
        const v = removeAt(doc, decodePointer(raw.from ?? ''), raw.from ?? '');
        doc = addAt(doc, parts, v, false, raw.path);
        break;
      }
      case 'copy':
        doc = addAt(doc, parts, clone(getAt(doc, decodePointer(raw.from ?? ''))), false, raw.path);
        break;
      case 'test':
        if (JSON.stringify(getAt(doc, parts)) !== JSON.stringify(raw.value)) {
          throw patchError(`testing value ${raw.path} failed: test failed`);
        }
        break;
      default:
        throw patchError(`Unexpected kind: ${raw.op}`);
    }
  }
  return doc;
};

export const applyMergePatch = (target: unknown, patch: unknown): unknown => {
  if (!isDict(patch)) return clone(patch);
  const out: Dict = isDict(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = applyMergePatch(out[k], v);
  }
  return out;
};

/** Merge keys of the lists strategic merge patch merges by key (a subset of the built-in types' tags). */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  ports: 'containerPort',
  conditions: 'type',
  ownerReferences: 'uid',
  tolerations: 'key',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  taints: 'key',
  addresses: 'type',
};

const PRIMITIVE_SETS = new Set(['finalizers']);

const strategicList = (field: string, target: unknown[], patch: unknown[]): unknown[] => {
  const key = MERGE_KEYS[field];
  if (field === 'ports' && patch.some((p) => isDict(p) && 'port' in p && !('containerPort' in p))) {
    return strategicByKey(target, patch, 'port');
  }
  if (key && patch.every((p) => isDict(p))) return strategicByKey(target, patch, key);
  if (PRIMITIVE_SETS.has(field)) return [...new Set([...target, ...patch])];
  return clone(patch);
};

const strategicByKey = (target: unknown[], patch: unknown[], key: string): unknown[] => {
  const out = clone(target) as Dict[];
  for (const p of patch as Dict[]) {
    if (p.$patch === 'replace') return patch.filter((x) => isDict(x) && x.$patch !== 'replace');
    const i = out.findIndex((o) => isDict(o) && o[key] === p[key]);
    if (p.$patch === 'delete') {
      if (i >= 0) out.splice(i, 1);
    } else if (i >= 0) out[i] = applyStrategicMergePatch(out[i], p) as Dict;
    else out.push(applyStrategicMergePatch({}, p) as Dict);
  }
  return out;
};

export const applyStrategicMergePatch = (target: unknown, patch: unknown): unknown => {
  if (!isDict(patch)) return clone(patch);
  if (patch.$patch === 'replace') {
    const rest = clone(patch);
    delete rest.$patch;
    return rest;
  }
  if (patch.$patch === 'delete') return undefined;
  const out: Dict = isDict(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$setElementOrder/') || k === '$retainKeys' || k === '$patch') continue;
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      if (Array.isArray(out[field]) && Array.isArray(v))
        out[field] = (out[field] as unknown[]).filter((x) => !v.includes(x));
      continue;
    }
    if (v === null) delete out[k];
    else if (Array.isArray(v))
      out[k] = strategicList(k, Array.isArray(out[k]) ? (out[k] as unknown[]) : [], v);
    else if (isDict(v)) {
      const merged = applyStrategicMergePatch(out[k], v);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    } else out[k] = v;
  }
  if (Array.isArray(patch.$retainKeys)) {
    for (const k of Object.keys(out))
      if (!(patch.$retainKeys as string[]).includes(k)) delete out[k];
  }
  return out;
};
