import * as http from 'http';
import type { Duplex } from 'stream';
import { WebSocket, type RawData, type WebSocketServer } from 'ws';
import { parseCookies } from './cookies';
import { USER_COOKIE, USERS, isSandboxUser } from './users';

export const API_PREFIX = '/api/kubernetes';
export const CSRF_COOKIE = 'csrf-token';
export const CSRF_HEADER = 'x-csrftoken';

/** The bearer token of the user chosen in the masthead (the cookie); admin by default. */
export const tokenOf = (req: http.IncomingMessage): string => {
  const user = parseCookies(req)[USER_COOKIE];
  return USERS[isSandboxUser(user) ? user : 'admin'];
};

/** As the console backend: non-safe methods must echo the `csrf-token` cookie in `X-CSRFToken`. */
export const csrfOK = (req: http.IncomingMessage): boolean => {
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method ?? 'GET')) return true;
  const cookie = parseCookies(req)[CSRF_COOKIE];
  const header = req.headers[CSRF_HEADER];
  return !!cookie && cookie === header;
};

/** As the console backend: a WebSocket upgrade must come from the console's own origin. */
export const originOK = (req: http.IncomingMessage): boolean => {
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
};

const HOP_BY_HOP = ['host', 'cookie', 'connection', 'origin', 'referer', CSRF_HEADER];

const upstreamHeaders = (req: http.IncomingMessage): http.OutgoingHttpHeaders => {
  const headers: http.OutgoingHttpHeaders = { ...req.headers };
  for (const h of HOP_BY_HOP) delete headers[h];
  headers.authorization = `Bearer ${tokenOf(req)}`;
  return headers;
};

/** Proxies one HTTP request under /api/kubernetes/ to the API server, streaming both ways. */
export const proxyHTTP = (api: URL, req: http.IncomingMessage, res: http.ServerResponse): void => {
  const upstream = http.request(
    {
      hostname: api.hostname,
      port: api.port,
      method: req.method,
      path: (req.url ?? '/').slice(API_PREFIX.length) || '/',
      headers: upstreamHeaders(req),
    },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      res.flushHeaders();
      // An upstream response cut short (a watch the API server drops) cuts the browser's too, as
      // the console's Go ReverseProxy aborts the client connection when copying the body fails:
      // `pipe` alone would leave the browser's response open, waiting forever.
      up.on('close', () => {
        if (!up.complete) res.destroy();
      });
      up.pipe(res);
    },
  );
  upstream.on('error', (err) => {
    if (res.headersSent) return void res.destroy();
    res.writeHead(502, { 'Content-Type': 'text/plain' });
    res.end(`API server unreachable: ${err.message}`);
  });
  // Watches stream until the browser goes away: end the upstream request with it.
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
};

const sendable = (code: number) => code === 1000 || (code >= 3000 && code < 5000);

/** Proxies a WebSocket (watches) to the API server with the user's token. */
export const proxyWebSocket = (
  api: URL,
  wss: WebSocketServer,
  req: http.IncomingMessage,
  socket: Duplex,
  head: Buffer,
): void => {
  if (!originOK(req)) {
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    return;
  }
  wss.handleUpgrade(req, socket, head, (client) => {
    const target = `ws://${api.host}${(req.url ?? '/').slice(API_PREFIX.length)}`;
    const protocols = (req.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const up = new WebSocket(target, protocols, {
      headers: { Authorization: `Bearer ${tokenOf(req)}` },
    });
    const pending: RawData[] = [];
    up.on('open', () => pending.splice(0).forEach((m) => up.send(m)));
    up.on('message', (data, isBinary) => client.send(data, { binary: isBinary }));
    up.on('close', (code, reason) => {
      if (client.readyState !== WebSocket.OPEN) return;
      if (sendable(code)) client.close(code, reason);
      else client.terminate();
    });
    up.on('error', () => client.terminate());
    up.on('unexpected-response', (_r, resp) => {
      client.close(4000 + ((resp.statusCode ?? 500) % 1000), resp.statusMessage ?? '');
      up.terminate();
    });
    client.on('message', (data) => {
      if (up.readyState === WebSocket.OPEN) up.send(data);
      else pending.push(data);
    });
    client.on('close', () => up.terminate());
    client.on('error', () => up.terminate());
  });
};
