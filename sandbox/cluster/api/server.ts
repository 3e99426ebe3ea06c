/** Node HTTP + WebSocket server wiring the API handlers, the request log and injected faults. */
import * as http from 'http';
import type { AddressInfo, Socket } from 'net';
import { URL } from 'url';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticate } from './auth';
import { StatusError } from './errors';
import { handleNonResource } from './nonResource';
import { handleResource, readBody, resolve, sendError, watchSpec, type HttpContext } from './http';
import type { UserInfo } from './rbac';
import { errorEvent, startWatch } from './watch';

const pickProtocol = (protocols: Set<string>): string | false => {
  for (const p of protocols) {
    if (!p.startsWith('base64url.bearer.authorization.k8s.io.') && !p.startsWith('Impersonate-'))
      return p;
  }
  const first = protocols.values().next();
  return first.done ? false : first.value;
};

export const createServer = (
  ctx: HttpContext,
): {
  server: http.Server;
  listen: (port: number, host: string) => Promise<number>;
  close: () => Promise<void>;
} => {
  const sockets = new Set<Socket>();
  const wss = new WebSocketServer({ noServer: true, handleProtocols: pickProtocol });

  const record = (
    req: http.IncomingMessage,
    url: URL,
    user: string,
    status: number,
    watch: boolean,
  ): void => {
    if (url.pathname.startsWith('/sandbox/')) return;
    ctx.hooks.record({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      user,
      contentType: String(req.headers['content-type'] ?? ''),
      status,
      watch,
    });
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const watch = url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1';
    let userName = 'system:anonymous';
    readBody(req)
      .then((body) => {
        let user: UserInfo;
        try {
          user = authenticate(req, ctx.requireToken, ctx.authz);
          userName = user.name;
        } catch (e) {
          record(req, url, userName, sendError(res, e), watch);
          return;
        }
        const handle = (): void => {
          let status: number;
          try {
            if (url.pathname.startsWith('/sandbox/')) {
              if (!ctx.authz.allows(user, { verb: '*', group: '*', resource: '*' })) {
                throw new StatusError(
                  403,
                  'Forbidden',
                  `User "${user.name}" cannot use the sandbox test hooks`,
                );
              }
              if (!ctx.handleSandbox(req, res, url, body, user))
                throw new StatusError(404, 'NotFound', 'no such test hook');
              return;
            }
            const fault = ctx.hooks.takeFault(req.method ?? 'GET', url.pathname);
            if (fault) throw fault;
            status =
              handleNonResource(ctx, res, url) || handleResource(ctx, req, res, url, body, user);
          } catch (e) {
            status = sendError(res, e);
          }
          record(req, url, userName, status, watch);
        };
        // a slow API server: matching requests wait before they are handled
        const delay = url.pathname.startsWith('/sandbox/')
          ? 0
          : ctx.hooks.takeLatency(req.method ?? 'GET', url.pathname);
        if (delay > 0) setTimeout(handle, delay);
        else handle();
      })
      .catch((e) => sendError(res, e));
  });

  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let user: UserInfo;
    let stopWatch: () => void = () => undefined;
    const reject = (e: unknown): void => {
      const err = e instanceof StatusError ? e : new StatusError(500, 'InternalError', String(e));
      const body = JSON.stringify(err.toStatus());
      socket.end(
        `HTTP/1.1 ${err.code} ${http.STATUS_CODES[err.code] ?? 'Error'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    };
    try {
      user = authenticate(req, ctx.requireToken, ctx.authz);
      const fault = ctx.hooks.takeFault('GET', url.pathname);
      if (fault) throw fault;
      if (!url.searchParams.has('watch')) url.searchParams.set('watch', 'true');
      const r = resolve(ctx, 'GET', url, user);
      if (r.verb !== 'watch')
        throw new StatusError(400, 'BadRequest', 'only watches are served over WebSocket');
      const spec = watchSpec(ctx, r, url, user);
      wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
        record(req, url, user.name, 101, true);
        try {
          stopWatch = startWatch(
            ctx.api.store,
            spec,
            ctx.hooks.lagged(url.pathname, (line) => {
              if (ws.readyState === ws.OPEN) ws.send(line);
            }),
          );
          // a dropped connection, as when a load balancer or the API server goes away
          const forget = ctx.hooks.openWatch(url.pathname, () => ws.terminate());
          ws.on('close', forget);
        } catch (e) {
          const err =
            e instanceof StatusError ? e : new StatusError(500, 'InternalError', String(e));
          ws.send(errorEvent(err.toStatus()));
          ws.close(1000);
          return;
        }
        ws.on('close', () => stopWatch());
        ws.on('error', () => stopWatch());
      });
    } catch (e) {
      record(req, url, 'system:anonymous', e instanceof StatusError ? e.code : 500, true);
      reject(e);
    }
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolvePort, rejectPort) => {
        server.once('error', rejectPort);
        server.listen(port, host, () => resolvePort((server.address() as AddressInfo).port));
      }),
    close: () =>
      new Promise((done) => {
        for (const c of wss.clients) c.terminate();
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
};
