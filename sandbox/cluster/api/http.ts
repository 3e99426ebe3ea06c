/** The HTTP front of the sandbox API server: authentication, authorization, routing, watches. */
import type { IncomingMessage, ServerResponse } from 'http';
import type { URL } from 'url';
import { APPLY_PATCH, applyServerSide } from './apply';
import type { Api, PatchType, WriteOptions } from './core';
import { StatusError, badRequest, forbidden, methodNotAllowed } from './errors';
import type { TestHooks } from './hooks';
import { sendBody } from './encoding';
import { asVersion, listParts, wholeListParts, type ChunkCache } from './output';
import { decodeProtobufObject, isProtobuf } from './protobuf';
import type { Authorizer, UserInfo } from './rbac';
import { ridOf, type ResourceType } from './registry';
import { parseApiPath, type ApiPath } from './route';
import { fieldLabelsFor, parseFieldSelector, parseLabelSelector } from './selectors';
import { toTable } from './table';
import type { KObj } from './types';
import {
  canSeeNamespace,
  getProject,
  listProjects,
  projectOf,
  selfSubjectAccessReview,
} from './virtual';
import { errorEvent, startWatch, type WatchSpec } from './watch';

export interface HttpContext {
  api: Api;
  authz: Authorizer;
  hooks: TestHooks;
  requireToken: boolean;
  gitVersion: string;
  handleSandbox: (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    body: Buffer,
    user: UserInfo,
  ) => boolean;
}

const JSON_HEADERS = { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private' };

export const sendJson = (res: ServerResponse, code: number, body: unknown): void => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  sendBody(res, code, JSON_HEADERS, [Buffer.from(text)]);
};

export const sendError = (res: ServerResponse, e: unknown): number => {
  const err =
    e instanceof StatusError
      ? e
      : new StatusError(
          500,
          'InternalError',
          `Internal error occurred: ${(e as Error)?.message ?? String(e)}`,
        );
  if (!res.headersSent) sendJson(res, err.code, err.toStatus());
  else res.end();
  return err.code;
};

export const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const parseBody = (body: Buffer, contentType: string): unknown => {
  if (body.length === 0) return undefined;
  if (isProtobuf(body)) return decodeProtobufObject(body);
  if (contentType.includes('yaml'))
    throw new StatusError(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: application/json`,
    );
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (e) {
    throw badRequest(`json: ${(e as Error).message}`);
  }
};

const verbOf = (method: string, p: ApiPath, watch: boolean): string => {
  switch (method) {
    case 'GET':
    case 'HEAD':
      return p.name ? 'get' : watch ? 'watch' : 'list';
    case 'POST':
      if (p.name && !p.subresource) throw methodNotAllowed();
      return 'create';
    case 'PUT':
      if (!p.name) throw methodNotAllowed();
      return 'update';
    case 'PATCH':
      if (!p.name) throw methodNotAllowed();
      return 'patch';
    case 'DELETE':
      return p.name ? 'delete' : 'deletecollection';
    default:
      throw methodNotAllowed();
  }
};

const patchTypeOf = (ct: string): PatchType => {
  if (ct.startsWith('application/json-patch+json')) return 'json';
  if (ct.startsWith('application/merge-patch+json')) return 'merge';
  if (ct.startsWith('application/strategic-merge-patch+json')) return 'strategic';
  throw new StatusError(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`,
  );
};

export interface Resolved {
  path: ApiPath;
  rt: ResourceType;
  verb: string;
}

/** Resolves and authorizes an API request; throws 404/403 Status errors. */
export const resolve = (ctx: HttpContext, method: string, url: URL, user: UserInfo): Resolved => {
  const p = parseApiPath(url.pathname);
  const watch = url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1';
  const rt = p && ctx.api.registry.lookup(p.group, p.version, p.plural);
  if (!p || !rt || (rt.namespaced === false && p.namespace !== undefined)) {
    throw new StatusError(404, 'NotFound', 'the server could not find the requested resource', {});
  }
  if (
    p.subresource &&
    !(p.subresource === 'status' && rt.versions.find((v) => v.name === p.version)?.status)
  ) {
    throw new StatusError(404, 'NotFound', 'the server could not find the requested resource', {});
  }
  const verb = verbOf(method, p, watch);
  if (!rt.verbs.includes(verb)) throw methodNotAllowed();
  const ns = rt.kind === 'Namespace' && p.name ? p.name : p.namespace;
  const attrs = {
    verb,
    group: rt.group,
    resource: rt.plural,
    subresource: p.subresource,
    namespace: ns,
    name: p.name,
  };
  let allowed = !!ctx.authz.allows(user, attrs);
  if (!allowed && rt.kind === 'SelfSubjectAccessReview') allowed = true;
  if (!allowed && rt.kind === 'Project' && (verb === 'list' || verb === 'watch')) allowed = true;
  if (!allowed && rt.kind === 'Project' && verb === 'get' && p.name)
    allowed = canSeeNamespace(ctx.authz, user, p.name);
  if (!allowed)
    throw forbidden({
      user: user.name,
      ...attrs,
      namespace: rt.kind === 'Namespace' ? undefined : ns,
    });
  return { path: p, rt, verb };
};

/**
 * Whole lists of many objects, as the parts to write, assembled once per change of their resource
 * type: one cache per store, so two clusters in one process never serve each other's lists.
 */
type ListCache = { lists: Map<string, { gen: number; parts: Buffer[] }>; chunks: ChunkCache };
const listCaches = new WeakMap<object, ListCache>();
const listCacheOf = (store: object): ListCache => {
  let cache = listCaches.get(store);
  if (!cache) listCaches.set(store, (cache = { lists: new Map(), chunks: new Map() }));
  return cache;
};
const LIST_CACHE_MIN = 500;

const wantsTable = (req: IncomingMessage): boolean =>
  (req.headers.accept ?? '').includes('as=Table');

export const watchSpec = (ctx: HttpContext, r: Resolved, url: URL, user: UserInfo): WatchSpec => {
  const q = url.searchParams;
  const spec: WatchSpec = {
    rt: r.rt,
    version: r.path.version,
    namespace: r.path.namespace,
    labels: parseLabelSelector(q.get('labelSelector')),
    fields: parseFieldSelector(q.get('fieldSelector'), fieldLabelsFor(r.rt.kind, r.rt.namespaced)),
    resourceVersion: q.get('resourceVersion') ?? undefined,
  };
  if (q.get('sendInitialEvents') === 'true') {
    // A streaming list (kubectl 1.35): the current state, then a bookmark marking its end.
    if (q.get('resourceVersionMatch') !== 'NotOlderThan')
      throw new StatusError(
        422,
        'Invalid',
        'resourceVersionMatch: Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan',
      );
    spec.resourceVersion = undefined;
    spec.initialEventsEnd = q.get('allowWatchBookmarks') === 'true';
  }
  if (r.rt.kind === 'Project') {
    spec.sourceRid = ridOf('', 'namespaces');
    spec.visible = (o) => canSeeNamespace(ctx.authz, user, o.metadata.name as string);
    spec.transform = projectOf;
  }
  return spec;
};

const handleWatch = (
  ctx: HttpContext,
  r: Resolved,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  user: UserInfo,
): void => {
  const spec = watchSpec(ctx, r, url, user);
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Transfer-Encoding': 'chunked',
    'Cache-Control': 'no-cache, private',
  });
  res.flushHeaders();
  let stop: () => void = () => undefined;
  try {
    stop = startWatch(
      ctx.api.store,
      spec,
      ctx.hooks.lagged(url.pathname, (line) => {
        if (!res.writableEnded && !res.destroyed) res.write(`${line}\n`);
      }),
    );
  } catch (e) {
    const err = e instanceof StatusError ? e : new StatusError(500, 'InternalError', String(e));
    res.end(`${errorEvent(err.toStatus())}\n`);
    return;
  }
  const timeout = Number(url.searchParams.get('timeoutSeconds') ?? 0);
  const timer = timeout > 0 ? setTimeout(() => res.end(), timeout * 1000) : undefined;
  const forget = ctx.hooks.openWatch(url.pathname, () => res.destroy());
  res.on('close', () => {
    forget();
    stop();
    if (timer) clearTimeout(timer);
  });
  req.resume();
};

const writeOptions = (url: URL, sub?: string): WriteOptions => ({
  dryRun: url.searchParams.get('dryRun') === 'All',
  strict: url.searchParams.get('fieldValidation') === 'Strict',
  subresource: sub,
});

/** Handles one resource request. Returns the HTTP status sent. */
export const handleResource = (
  ctx: HttpContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: Buffer,
  user: UserInfo,
): number => {
  const method = req.method ?? 'GET';
  const r = resolve(ctx, method, url, user);
  const { rt, path: p, verb } = r;
  const { api } = ctx;
  const ns = p.namespace ?? '';
  const q = url.searchParams;
  if (verb === 'watch') {
    handleWatch(ctx, r, req, res, url, user);
    return 200;
  }
  const out = (code: number, obj: KObj): number => {
    sendJson(res, code, rt.kind === 'Project' || rt.virtual ? obj : asVersion(obj, rt, p.version));
    return code;
  };
  if (rt.kind === 'SelfSubjectAccessReview')
    return out(201, selfSubjectAccessReview(ctx.authz, user, parseBody(body, '') as KObj));
  if (rt.kind === 'Project') {
    if (verb === 'get') return out(200, getProject(api.store, ctx.authz, user, p.name as string));
    if (verb === 'list') {
      const items = listProjects(api.store, ctx.authz, user);
      sendJson(res, 200, {
        kind: 'ProjectList',
        apiVersion: 'project.openshift.io/v1',
        metadata: { resourceVersion: String(api.store.rv) },
        items,
      });
      return 200;
    }
    throw methodNotAllowed();
  }
  const ct = String(req.headers['content-type'] ?? '');
  switch (verb) {
    case 'get':
      return out(200, api.get(rt, ns, p.name as string));
    case 'list': {
      const result = api.list(rt, p.namespace, {
        labelSelector: q.get('labelSelector'),
        fieldSelector: q.get('fieldSelector'),
        limit: Number(q.get('limit') ?? 0),
        continue: q.get('continue'),
      });
      if (wantsTable(req)) {
        sendJson(
          res,
          200,
          toTable(
            rt,
            p.version,
            result.entries.map((e) => e.obj),
            result.rv,
            result.continue,
          ),
        );
      } else {
        const whole =
          !q.get('labelSelector') &&
          !q.get('fieldSelector') &&
          !result.continue &&
          !q.get('continue');
        const rid = `${rt.group}/${rt.plural}`;
        const key = `${rid}|${p.version}|${p.namespace ?? ''}`;
        const gen = api.store.generation(rid);
        const { lists: listCache, chunks } = listCacheOf(api.store);
        const hit = whole ? listCache.get(key) : undefined;
        let parts: Buffer[];
        if (hit && hit.gen === gen) parts = hit.parts;
        else if (whole && result.entries.length >= LIST_CACHE_MIN) {
          parts = wholeListParts(
            rt,
            p.version,
            result.entries,
            result.rv,
            (n) => api.store.namespaceGeneration(rid, n),
            chunks,
          );
          listCache.delete(key);
          listCache.set(key, { gen, parts });
          while (listCache.size > 8) listCache.delete(listCache.keys().next().value as string);
        } else {
          parts = listParts(
            rt,
            p.version,
            result.entries,
            result.rv,
            result.continue,
            result.remaining,
          );
        }
        sendBody(res, 200, JSON_HEADERS, parts);
      }
      return 200;
    }
    case 'create': {
      if (p.subresource) throw methodNotAllowed();
      const obj = api.create(rt, p.version, ns, parseBody(body, ct) as KObj, writeOptions(url));
      return out(201, obj);
    }
    case 'update':
      return out(
        200,
        api.update(
          rt,
          p.version,
          ns,
          p.name as string,
          parseBody(body, ct) as KObj,
          writeOptions(url, p.subresource),
          // Built-in kinds allow an update without resourceVersion (unconditional); custom
          // resources require one, as in the API server's strategies.
          !!rt.crd,
        ),
      );
    case 'patch':
      if (ct.startsWith(APPLY_PATCH))
        return out(
          201,
          applyServerSide(
            api,
            rt,
            p.version,
            ns,
            p.name as string,
            body,
            url.searchParams.get('fieldManager'),
            writeOptions(url, p.subresource),
          ),
        );
      return out(
        200,
        api.patch(
          rt,
          p.version,
          ns,
          p.name as string,
          patchTypeOf(ct),
          parseBody(body, ct),
          writeOptions(url, p.subresource),
        ),
      );
    case 'delete': {
      const opts = (parseBody(body, ct) ?? {}) as {
        propagationPolicy?: string;
        preconditions?: { uid?: string; resourceVersion?: string };
        dryRun?: string[];
      };
      const obj = api.delete(rt, ns, p.name as string, {
        dryRun: q.get('dryRun') === 'All' || (opts.dryRun ?? []).includes('All'),
        propagationPolicy: q.get('propagationPolicy') ?? opts.propagationPolicy,
        preconditions: opts.preconditions,
      });
      return out(200, obj);
    }
    case 'deletecollection': {
      const result = api.list(rt, p.namespace, {
        labelSelector: q.get('labelSelector'),
        fieldSelector: q.get('fieldSelector'),
      });
      const dryRun = q.get('dryRun') === 'All';
      const deleted = result.entries.map((e) =>
        api.delete(rt, e.obj.metadata.namespace ?? '', e.obj.metadata.name as string, { dryRun }),
      );
      sendJson(res, 200, {
        kind: rt.listKind,
        apiVersion: rt.group ? `${rt.group}/${p.version}` : p.version,
        metadata: { resourceVersion: String(api.store.rv) },
        items: deleted,
      });
      return 200;
    }
    default:
      throw methodNotAllowed();
  }
};
