// Talks to the sandbox Kubernetes API as the admin (no token): discovery, create, get, patch.
import type { K8sObject } from './render';

export type Resource = { name: string; namespaced: boolean; kind: string };

export const apiClient = (url: string) => {
  const call = async (method: string, path: string, body?: unknown, type = 'application/json') => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': type },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(text);
    } catch {
      json = { text };
    }
    return { status: res.status, json };
  };

  const discovered = new Map<string, Resource[]>();
  // The resource that serves a kind, from the API's own discovery, as kubectl finds it.
  const resourceFor = async (apiVersion: string, kind: string): Promise<Resource | undefined> => {
    if (!discovered.has(apiVersion)) {
      const { status, json } = await call(
        'GET',
        apiVersion === 'v1' ? '/api/v1' : `/apis/${apiVersion}`,
      );
      const list = status === 200 ? ((json.resources as Resource[]) ?? []) : [];
      discovered.set(
        apiVersion,
        list.filter((r) => !r.name.includes('/')),
      );
    }
    return discovered.get(apiVersion)?.find((r) => r.kind === kind);
  };

  const collectionPath = (obj: K8sObject, res: Resource) => {
    const base = obj.apiVersion === 'v1' ? '/api/v1' : `/apis/${obj.apiVersion}`;
    const ns = res.namespaced ? `/namespaces/${obj.metadata.namespace}` : '';
    return `${base}${ns}/${res.name}`;
  };

  return { call, resourceFor, collectionPath };
};
