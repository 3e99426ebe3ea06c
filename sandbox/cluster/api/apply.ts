/**
 * Server-side apply (`PATCH` with `application/apply-patch+yaml`) onto an object that does not
 * exist yet: the applied configuration is created, as the API server does (201). Applying onto an
 * existing object needs field ownership (managedFields), which the sandbox does not track: that
 * answers 415, so a client falls back to or is told to use another patch type.
 */
import type { Api, WriteOptions } from './core';
import { StatusError, badRequest } from './errors';
import type { ResourceType } from './registry';
import { isDict, type KObj } from './types';

export const APPLY_PATCH = 'application/apply-patch+yaml';

export const applyServerSide = (
  api: Api,
  rt: ResourceType,
  version: string,
  ns: string,
  name: string,
  body: Buffer,
  fieldManager: string | null,
  opts: WriteOptions,
): KObj => {
  if (!fieldManager)
    throw new StatusError(
      422,
      'Invalid',
      'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
    );
  let obj: unknown;
  try {
    obj = JSON.parse(body.toString('utf8'));
  } catch (e) {
    throw badRequest(`error decoding YAML: ${(e as Error).message}`);
  }
  if (!isDict(obj) || !isDict(obj.metadata) || !obj.apiVersion || !obj.kind)
    throw badRequest('apiVersion, kind and metadata must be set in an apply patch');
  if (obj.metadata.name !== undefined && obj.metadata.name !== name)
    throw badRequest(
      `the name of the object (${String(obj.metadata.name)}) does not match the name on the URL (${name})`,
    );
  if (api.find(rt, ns, name))
    throw new StatusError(
      415,
      'UnsupportedMediaType',
      'server-side apply onto an existing object is not served by this API server: use a json, merge or strategic merge patch',
    );
  const applied = obj as KObj;
  return api.create(rt, version, ns, { ...applied, metadata: { ...applied.metadata, name } }, opts);
};
