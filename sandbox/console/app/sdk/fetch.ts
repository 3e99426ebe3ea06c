import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

/** The error of a request the server refused: `response`, the body's `json`, and its message. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly code: number,
    readonly response: Response,
    readonly json?: { message?: string; reason?: string; code?: number },
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const getCSRFToken = (): string =>
  document.cookie
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith('csrf-token='))
    ?.slice('csrf-token='.length) ?? '';

const SAFE = ['GET', 'HEAD', 'OPTIONS'];

const validate = async (response: Response): Promise<Response> => {
  if (response.ok) return response;
  const text = await response.text();
  let json: HttpError['json'];
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  throw new HttpError(
    json?.message || text || response.statusText,
    response.status,
    response,
    json,
  );
};

/** fetch with the console's CSRF header, a time-out, and errors for non-2xx answers. */
export const consoleFetch: typeof SDK.consoleFetch = (url, options = {}, timeout = 60000) => {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers = new Headers(options.headers);
  if (!SAFE.includes(method)) headers.set('X-CSRFToken', getCSRFToken());
  const controller = new AbortController();
  const timer = timeout > 0 ? setTimeout(() => controller.abort(), timeout) : undefined;
  options.signal?.addEventListener('abort', () => controller.abort());
  return fetch(url, { credentials: 'same-origin', ...options, headers, signal: controller.signal })
    .then(validate)
    .finally(() => clearTimeout(timer));
};

const fetchJSON = (url: string, method = 'GET', options: RequestInit = {}, timeout?: number) => {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  return consoleFetch(url, { ...options, method, headers }, timeout).then(async (r) => {
    const text = await r.text();
    return text ? JSON.parse(text) : {};
  });
};

const withBody =
  (method: string, contentType: string) =>
  (url: string, json: unknown, options: RequestInit = {}, timeout?: number) => {
    const headers = new Headers(options.headers);
    headers.set('Content-Type', contentType);
    const body = json === undefined ? undefined : JSON.stringify(json);
    return fetchJSON(url, method, { ...options, headers, body }, timeout);
  };

/** consoleFetch that parses JSON, with .post/.put/.patch (JSON patch)/.delete. */
export const consoleFetchJSON: typeof SDK.consoleFetchJSON = Object.assign(fetchJSON, {
  post: withBody('POST', 'application/json;charset=UTF-8'),
  put: withBody('PUT', 'application/json;charset=UTF-8'),
  patch: withBody('PATCH', 'application/json-patch+json'),
  delete: withBody('DELETE', 'application/json;charset=UTF-8'),
});
