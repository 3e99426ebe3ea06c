import type { K8sModel, Selector } from '@openshift-console/dynamic-plugin-sdk';

export const API_BASE = '/api/kubernetes';
export const ALL_NAMESPACES = '#ALL_NS#';

export type URLOptions = {
  ns?: string;
  name?: string;
  path?: string;
  queryParams?: Record<string, string | undefined>;
};

/** `matchLabels` and `matchExpressions` as a label selector string. */
export const selectorToString = (selector?: Selector): string => {
  if (!selector) return '';
  const parts = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of selector.matchExpressions ?? []) {
    const values = (e.values ?? []).join(',');
    if (e.operator === 'In') parts.push(`${e.key} in (${values})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${values})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
    else if (e.operator === 'Equals') parts.push(`${e.key}=${values}`);
    else if (e.operator === 'NotEquals' || e.operator === 'NotEqual') {
      parts.push(`${e.key}!=${values}`);
    }
  }
  return parts.join(',');
};

/** The path of a resource or collection, without the /api/kubernetes prefix. */
export const resourcePath = (model: K8sModel, opts: URLOptions = {}): string => {
  let p = model.apiGroup
    ? `/apis/${model.apiGroup}/${model.apiVersion}`
    : `/api/${model.apiVersion}`;
  if (model.namespaced && opts.ns && opts.ns !== ALL_NAMESPACES) {
    p += `/namespaces/${encodeURIComponent(opts.ns)}`;
  }
  p += `/${model.plural}`;
  if (opts.name) p += `/${encodeURIComponent(opts.name)}`;
  if (opts.path) p += `/${opts.path}`;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(opts.queryParams ?? {}))
    if (v != null && v !== '') q.set(k, v);
  const qs = q.toString();
  return qs ? `${p}?${qs}` : p;
};

/** The console URL of a resource or collection: /api/kubernetes + its API path. */
export const resourceURL = (model: K8sModel, opts: URLOptions = {}): string =>
  `${API_BASE}${resourcePath(model, opts)}`;
