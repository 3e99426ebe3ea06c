import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './fetch';
import { resourceURL, selectorToString } from './resourceURL';

type Query = Record<string, string | undefined>;

/** labelSelector given as an object becomes a selector string, as in the console. */
const normalizeQuery = (q: Record<string, unknown> = {}): Query => {
  const out: Query = {};
  for (const [k, v] of Object.entries(q)) {
    if (v == null) continue;
    out[k] =
      k === 'labelSelector' && typeof v === 'object'
        ? selectorToString(v as SDK.Selector)
        : String(v);
  }
  return out;
};

export const k8sGet: typeof SDK.k8sGet = ({ model, name, ns, path, queryParams, requestInit }) =>
  consoleFetchJSON(resourceURL(model, { name, ns, path, queryParams }), 'GET', requestInit);

export const k8sCreate: typeof SDK.k8sCreate = ({ model, data, ns, name, path, queryParams }) =>
  consoleFetchJSON.post(
    resourceURL(model, { ns: ns ?? data.metadata?.namespace, name, path, queryParams }),
    data,
  );

export const k8sUpdate: typeof SDK.k8sUpdate = ({ model, data, ns, name, path, queryParams }) =>
  consoleFetchJSON.put(
    resourceURL(model, {
      ns: ns ?? data.metadata?.namespace,
      name: name ?? data.metadata?.name,
      path,
      queryParams,
    }),
    data,
  );

/** JSON patch (application/json-patch+json); the console drops a patch with no operations. */
export const k8sPatch: typeof SDK.k8sPatch = ({ model, resource, data, path, queryParams }) => {
  const patches = data.filter((p) => p != null);
  if (patches.length === 0) return Promise.resolve(resource);
  return consoleFetchJSON.patch(
    resourceURL(model, {
      ns: resource.metadata?.namespace,
      name: resource.metadata?.name,
      path,
      queryParams,
    }),
    patches,
  );
};

export const k8sDelete: typeof SDK.k8sDelete = ({
  model,
  resource,
  path,
  queryParams,
  requestInit,
  json,
}) => {
  const body =
    json ??
    (model.propagationPolicy
      ? { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: model.propagationPolicy }
      : undefined);
  return consoleFetchJSON.delete(
    resourceURL(model, {
      ns: resource.metadata?.namespace,
      name: resource.metadata?.name,
      path,
      queryParams,
    }),
    body,
    requestInit,
  );
};

type ListBody<R> = { items?: R[]; metadata?: { continue?: string; resourceVersion?: string } };

/** One page of a list (`limit`/`continue`). */
export const listPage = <R extends K8sResourceCommon>(url: string, init?: RequestInit) =>
  consoleFetchJSON(url, 'GET', init) as Promise<ListBody<R>>;

export const k8sListItems: typeof SDK.k8sListItems = async <R extends K8sResourceCommon>({
  model,
  queryParams,
  requestInit,
}: Parameters<typeof SDK.k8sListItems>[0]) => {
  const { ns, ...rest } = (queryParams ?? {}) as Record<string, unknown>;
  const body = await listPage<R>(
    resourceURL(model, { ns: ns as string | undefined, queryParams: normalizeQuery(rest) }),
    requestInit,
  );
  return body.items ?? [];
};
