import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { WebSocketServer } from 'ws';
import { parseCookies } from './cookies';
import { indexHTML } from './html';
import { API_PREFIX, CSRF_COOKIE, csrfOK, proxyHTTP, proxyWebSocket } from './proxy';
import { resolveUnder, sendFile, sendText } from './staticFiles';
import { PLUGIN_NAME } from './users';

export type ConsoleOptions = {
  /** 0 picks a free port; default env CONSOLE_PORT or 9000. */
  port?: number;
  /** The Kubernetes API that /api/kubernetes/ proxies to, e.g. http://127.0.0.1:9002. */
  apiURL: string;
  /** The plugin build; default env PLUGIN_DIST or dist/. */
  distDir?: string;
  /** The shell build; default sandbox/console/dist. */
  shellDir?: string;
};

export type RunningConsole = { url: string; port: number; close(): Promise<void> };

const ROOT = path.resolve(__dirname, '../..');
export const SHELL_DIST = path.resolve(__dirname, 'dist');
export const defaultPluginDist = () => path.resolve(ROOT, process.env.PLUGIN_DIST || 'dist');
const PATTERNFLY = path.dirname(require.resolve('@patternfly/patternfly/package.json'));
const PLUGIN_PREFIX = `/api/plugins/${PLUGIN_NAME}/`;

/** The locale file of a plugin namespace, as the console's /locales/resource.json answers. */
const sendLocale = async (res: http.ServerResponse, distDir: string, url: URL) => {
  const lng = (url.searchParams.get('lng') ?? 'en').replace(/[^a-zA-Z-]/g, '');
  const ns = (url.searchParams.get('ns') ?? '').replace(/[^\w.-]/g, '');
  const file = resolveUnder(path.join(distDir, 'locales'), `${lng}/${ns}.json`);
  if (!(await sendFile(res, file))) sendText(res, 200, '{}', '.json');
};

const sendIndex = (req: http.IncomingMessage, res: http.ServerResponse) => {
  const headers: http.OutgoingHttpHeaders = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-cache',
  };
  if (!parseCookies(req)[CSRF_COOKIE]) {
    const token = randomBytes(24).toString('base64url');
    headers['Set-Cookie'] = `${CSRF_COOKIE}=${token}; Path=/; SameSite=Strict`;
  }
  res.writeHead(200, headers);
  res.end(indexHTML);
};

const handler =
  (api: URL, distDir: string, shellDir: string) =>
  async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://console');
    const p = url.pathname;
    const method = req.method ?? 'GET';
    if (p === API_PREFIX || p.startsWith(`${API_PREFIX}/`)) {
      if (!csrfOK(req)) return sendText(res, 403, 'CSRF token does not match');
      return proxyHTTP(api, req, res);
    }
    if (method !== 'GET' && method !== 'HEAD') return sendText(res, 405, 'Method Not Allowed');
    if (p.startsWith(PLUGIN_PREFIX)) {
      const file = resolveUnder(distDir, p.slice(PLUGIN_PREFIX.length));
      if (!(await sendFile(res, file, req))) sendText(res, 404, 'Not Found');
      return;
    }
    if (p === '/locales/resource.json') return sendLocale(res, distDir, url);
    if (p.startsWith('/static/patternfly/')) {
      const file = resolveUnder(PATTERNFLY, p.slice('/static/patternfly/'.length));
      if (!(await sendFile(res, file, req))) sendText(res, 404, 'Not Found');
      return;
    }
    if (p.startsWith('/static/')) {
      const file = resolveUnder(shellDir, p.slice('/static/'.length));
      if (!(await sendFile(res, file, req))) sendText(res, 404, 'Not Found');
      return;
    }
    if (p.startsWith('/api/') || p === '/api' || p === '/favicon.ico') {
      return sendText(res, 404, 'Not Found');
    }
    // Console routes (/, /ambient-mesh/..., /k8s/...) are the single-page app.
    sendIndex(req, res);
  };

/** Starts the local console: the shell, the plugin's files, and the API proxy. */
export const startConsole = async (opts: ConsoleOptions): Promise<RunningConsole> => {
  const api = new URL(opts.apiURL);
  const distDir = path.resolve(opts.distDir ?? defaultPluginDist());
  const shellDir = path.resolve(opts.shellDir ?? SHELL_DIST);
  if (!fs.existsSync(path.join(shellDir, 'shell.js'))) {
    throw new Error(`The console shell is not built (${shellDir}): run buildShell() first.`);
  }
  const wss = new WebSocketServer({ noServer: true });
  const server = http.createServer((req, res) => {
    handler(
      api,
      distDir,
      shellDir,
    )(req, res).catch((err: Error) => {
      if (!res.headersSent) sendText(res, 500, err.message);
      else res.destroy();
    });
  });
  server.on('upgrade', (req, socket, head) => {
    const p = (req.url ?? '/').split('?')[0];
    if (p.startsWith(`${API_PREFIX}/`) && csrfOK(req)) proxyWebSocket(api, wss, req, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
  });
  const port = opts.port ?? Number(process.env.CONSOLE_PORT ?? 9000);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actual}`,
    port: actual,
    close: async () => {
      for (const c of wss.clients) c.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
