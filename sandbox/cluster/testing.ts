/** A small HTTP client for the sandbox's own tests. */
export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
}

import type { StatusCause } from './api/errors';
import type { Dict, ObjectMeta } from './api/types';

export type Body = Record<string, unknown> | unknown[];

/** A response document: an object, a list, or a Status. */
export interface Json {
  kind?: string;
  apiVersion?: string;
  type?: string;
  object?: Json;
  metadata: ObjectMeta & { continue?: string; remainingItemCount?: number };
  spec?: Dict;
  status?: Dict & string;
  items: Json[];
  reason?: string;
  message?: string;
  code?: number;
  details?: { causes?: StatusCause[]; name?: string };
  [key: string]: unknown;
}

/** `status` of an object as a dictionary. */
export const statusOf = (o: Json | undefined): Dict => (o?.status ?? {}) as Dict;

export const client = (base: string, token?: string) => {
  const call = async (
    method: string,
    path: string,
    body?: Body,
    contentType = 'application/json',
    headers: Record<string, string> = {},
  ): Promise<Reply<Json>> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': contentType } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as Json };
  };
  return {
    get: (path: string, headers?: Record<string, string>) =>
      call('GET', path, undefined, undefined, headers),
    post: (path: string, body: Body, headers?: Record<string, string>) =>
      call('POST', path, body, 'application/json', headers),
    put: (path: string, body: Body) => call('PUT', path, body),
    patch: (path: string, body: Body, type: 'json' | 'merge' | 'strategic' = 'merge') =>
      call(
        'PATCH',
        path,
        body,
        {
          json: 'application/json-patch+json',
          merge: 'application/merge-patch+json',
          strategic: 'application/strategic-merge-patch+json',
        }[type],
      ),
    delete: (path: string, body?: Body) => call('DELETE', path, body),
  };
};

/** Reads a chunked watch response until `until` returns true for the events so far (or the timeout). */
export const watchHttp = async (
  url: string,
  until: (events: Json[]) => boolean,
  timeoutMs = 5000,
  token?: string,
): Promise<Json[]> => {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  const events: Json[] = [];
  try {
    const res = await fetch(url, {
      signal: ctrl.signal,
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const dec = new TextDecoder();
    let buf = '';
    while (!until(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i).trim();
        buf = buf.slice(i + 1);
        if (line) events.push(JSON.parse(line));
      }
    }
    await reader.cancel().catch(() => undefined);
  } catch (e) {
    if ((e as Error).name !== 'AbortError') throw e;
  } finally {
    clearTimeout(timer);
    ctrl.abort();
  }
  return events;
};
