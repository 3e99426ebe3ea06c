/** HTTP handlers of the /sandbox/ test hooks. */
import type { IncomingMessage, ServerResponse } from 'http';
import type { URL } from 'url';
import { StatusError } from './api/errors';
import type { TestHooks } from './api/hooks';
import { sendJson } from './api/http';
import { isDict } from './api/types';
import type { Churn } from './churn';
import type { Runtime } from './controllers/runtime';
import type { Reverters } from './reverters';
import { setZtunnelReady, type WorkloadState } from './controllers/workloads';

const json = (body: Buffer): Record<string, unknown> => {
  try {
    const v: unknown = body.length ? JSON.parse(body.toString('utf8')) : {};
    if (!isDict(v)) throw new Error('not an object');
    return v;
  } catch (e) {
    throw new StatusError(400, 'BadRequest', `invalid JSON body: ${(e as Error).message}`);
  }
};

export const sandboxHandler =
  (
    hooks: TestHooks,
    runtime: Runtime,
    workloads: WorkloadState,
    churn: Churn,
    reverters: Reverters,
    info: () => Record<string, unknown>,
  ) =>
  (req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): boolean => {
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/\/+$/, '');
    if (path === '/sandbox/faults') {
      if (method === 'POST') {
        const f = hooks.addFault(json(body));
        sendJson(res, 201, {
          method: f.method,
          path: f.path.source,
          status: f.status,
          reason: f.reason,
          message: f.message,
          times: f.times,
          after: f.after,
        });
        return true;
      }
      if (method === 'DELETE') {
        hooks.faults = [];
        sendJson(res, 200, { items: [] });
        return true;
      }
      if (method === 'GET') {
        sendJson(res, 200, { items: hooks.faults.map((f) => ({ ...f, path: f.path.source })) });
        return true;
      }
    }
    if (path === '/sandbox/latency') {
      if (method === 'POST') {
        const l = hooks.addLatency(json(body));
        sendJson(res, 201, { ...l, path: l.path.source });
        return true;
      }
      if (method === 'GET' || method === 'DELETE') {
        if (method === 'DELETE') hooks.latencies = [];
        sendJson(res, 200, { items: hooks.latencies.map((l) => ({ ...l, path: l.path.source })) });
        return true;
      }
    }
    if (path === '/sandbox/watches/drop' && method === 'POST') {
      const b = json(body);
      let re: RegExp | undefined;
      try {
        re = typeof b.path === 'string' ? new RegExp(b.path) : undefined;
      } catch (e) {
        throw new StatusError(400, 'BadRequest', `invalid "path": ${(e as Error).message}`);
      }
      sendJson(res, 200, { dropped: hooks.dropWatches(re) });
      return true;
    }
    if (path === '/sandbox/reverters') {
      if (method === 'POST') {
        sendJson(res, 201, reverters.add(json(body)));
        return true;
      }
      if (method === 'GET' || method === 'DELETE') {
        if (method === 'DELETE') reverters.clear();
        sendJson(res, 200, { items: reverters.list() });
        return true;
      }
    }
    if (path === '/sandbox/requests') {
      if (method === 'GET') {
        sendJson(res, 200, { items: hooks.requests });
        return true;
      }
      if (method === 'DELETE') {
        hooks.requests = [];
        sendJson(res, 200, { items: [] });
        return true;
      }
    }
    const m = /^\/sandbox\/nodes\/([^/]+)\/ztunnel-ready$/.exec(path);
    if (m && method === 'POST') {
      const b = json(body);
      if (typeof b.ready !== 'boolean')
        throw new StatusError(400, 'BadRequest', 'body must be {"ready": true|false}');
      const nodeName = decodeURIComponent(m[1]);
      if (!runtime.api.store.get('/nodes', '', nodeName))
        throw new StatusError(404, 'NotFound', `nodes "${nodeName}" not found`);
      const pods = setZtunnelReady(runtime, workloads, nodeName, b.ready);
      sendJson(res, 200, { node: m[1], ready: b.ready, pods });
      return true;
    }
    if (path === '/sandbox/churn') {
      if (method === 'POST') {
        const b = json(body);
        const n = (k: string) => (typeof b[k] === 'number' ? (b[k] as number) : NaN);
        sendJson(
          res,
          201,
          churn.start(
            n('perSecond'),
            n('durationSeconds'),
            typeof b.seed === 'number' ? b.seed : undefined,
          ),
        );
        return true;
      }
      if (method === 'GET' || method === 'DELETE') {
        sendJson(res, 200, method === 'GET' ? churn.state : churn.stop());
        return true;
      }
    }
    if (path === '/sandbox/settle' && method === 'POST') {
      runtime.settle().then(
        () => sendJson(res, 200, { settled: true }),
        () => sendJson(res, 500, {}),
      );
      return true;
    }
    if (path === '/sandbox/info' && method === 'GET') {
      sendJson(res, 200, info());
      return true;
    }
    return false;
  };
