import { USERS, type SandboxUser } from '../../sandbox/console/users';

export type ApiResult<T = unknown> = { status: number; body: T };

export type ApiCall = <T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  user?: SandboxUser,
) => Promise<ApiResult<T>>;

/**
 * Direct calls to the sandbox API as a user (admin by default). A PATCH with an array body is a
 * JSON patch, with an object a merge patch.
 */
export const apiClient =
  (apiURL: string): ApiCall =>
  async <T>(method: string, path: string, body?: unknown, user: SandboxUser = 'admin') => {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${USERS[user]}`,
      Accept: 'application/json',
    };
    if (body !== undefined) {
      headers['Content-Type'] =
        method.toUpperCase() === 'PATCH'
          ? Array.isArray(body)
            ? 'application/json-patch+json'
            : 'application/merge-patch+json'
          : 'application/json';
    }
    const res = await fetch(`${apiURL}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed as T };
  };
