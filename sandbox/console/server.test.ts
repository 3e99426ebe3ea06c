import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { WebSocket, WebSocketServer } from 'ws';
import { type RunningConsole, startConsole } from './server';

type Seen = { method?: string; url?: string; auth?: string; cookie?: string; body: string };

/** A stand-in API server that records what reaches it. */
const startStubAPI = async () => {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    if (req.url?.includes('cut=true')) {
      // a watch that streams an event, then is dropped by the server mid-response
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"type":"ADDED","object":{}}\n');
      setTimeout(() => res.socket?.destroy(), 50);
      return;
    }
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({
        method: req.method,
        url: req.url,
        auth: req.headers.authorization,
        cookie: req.headers.cookie,
        body,
      });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ kind: 'Status', path: req.url }));
    });
  });
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws, req) => {
    ws.send(JSON.stringify({ type: 'ADDED', auth: req.headers.authorization, url: req.url }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((r) => {
        wss.clients.forEach((c) => c.terminate());
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
};

describe('startConsole', () => {
  let api: Awaited<ReturnType<typeof startStubAPI>>;
  let con: RunningConsole;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'console-test-'));
  const dist = path.join(tmp, 'dist');
  const shell = path.join(tmp, 'shell');

  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'locales/en'), { recursive: true });
    fs.mkdirSync(shell);
    fs.writeFileSync(path.join(dist, 'plugin-manifest.json'), '{"name":"ambient-mesh-plugin"}');
    fs.writeFileSync(path.join(dist, 'locales/en/plugin__ambient-mesh-plugin.json'), '{"a":"A"}');
    fs.writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
    fs.writeFileSync(path.join(shell, 'shell.js'), 'console.log(1)');
    api = await startStubAPI();
    con = await startConsole({ port: 0, apiURL: api.url, distDir: dist, shellDir: shell });
  });
  afterAll(async () => {
    await con.close();
    await api.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const get = (p: string, headers: Record<string, string> = {}) =>
    fetch(`${con.url}${p}`, { headers, redirect: 'manual' });

  it('serves the shell for console routes, with a CSRF cookie', async () => {
    for (const p of [
      '/',
      '/ambient-mesh/install',
      '/k8s/cluster/namespaces/bookinfo/ambient-mesh',
    ]) {
      const res = await get(p);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('/static/shell.js');
    }
    expect((await get('/')).headers.get('set-cookie')).toMatch(/^csrf-token=[\w-]+; Path=\//);
    expect(await (await get('/static/shell.js')).text()).toBe('console.log(1)');
  });

  it('serves the plugin build and its locales, and nothing outside them', async () => {
    const manifest = await get('/api/plugins/ambient-mesh-plugin/plugin-manifest.json');
    expect(manifest.status).toBe(200);
    expect(await manifest.json()).toEqual({ name: 'ambient-mesh-plugin' });
    const locale = await get('/locales/resource.json?lng=en&ns=plugin__ambient-mesh-plugin');
    expect(await locale.json()).toEqual({ a: 'A' });
    expect((await get('/api/plugins/ambient-mesh-plugin/..%2f..%2fsecret.txt')).status).toBe(404);
    expect((await get('/api/plugins/ambient-mesh-plugin/missing.js')).status).toBe(404);
    expect((await get('/api/plugins/other-plugin/plugin-manifest.json')).status).toBe(404);
    expect((await get('/api/unknown')).status).toBe(404);
    expect((await get('/static/patternfly/patternfly.css')).status).toBe(200);
  });

  it('answers a conditional GET of an unchanged file with 304 and no body, as a file server', async () => {
    const first = await get('/static/shell.js');
    const modified = first.headers.get('last-modified') ?? '';
    expect(new Date(modified).getTime()).toBe(
      Math.floor(fs.statSync(path.join(shell, 'shell.js')).mtimeMs / 1000) * 1000,
    );
    const again = await get('/static/shell.js', { 'If-Modified-Since': modified });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const older = new Date(new Date(modified).getTime() - 1000).toUTCString();
    const changed = await get('/static/shell.js', { 'If-Modified-Since': older });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe('console.log(1)');
    const manifest = '/api/plugins/ambient-mesh-plugin/plugin-manifest.json';
    const m = await get(manifest);
    const m304 = await get(manifest, { 'If-Modified-Since': m.headers.get('last-modified') ?? '' });
    expect(m304.status).toBe(304);
    expect((await get(manifest, { 'If-Modified-Since': 'not a date' })).status).toBe(200);
  });

  it("proxies the API with the chosen user's token, not the browser's cookies", async () => {
    await get('/api/kubernetes/api/v1/namespaces?limit=250');
    await get('/api/kubernetes/api/v1/namespaces', { Cookie: 'sandbox-user=developer' });
    const [asAdmin, asDeveloper] = api.seen.slice(-2);
    expect(asAdmin).toMatchObject({
      method: 'GET',
      url: '/api/v1/namespaces?limit=250',
      auth: 'Bearer sandbox-admin-token',
    });
    expect(asDeveloper.auth).toBe('Bearer sandbox-developer-token');
    expect(asDeveloper.cookie).toBeUndefined();
  });

  it('cuts the browser off when the API server drops a streaming response, as a reverse proxy does', async () => {
    const res = await get('/api/kubernetes/api/v1/pods?watch=true&cut=true');
    expect(res.status).toBe(200);
    // the body fails instead of staying open with nothing more to come
    await expect(
      Promise.race([
        res.text(),
        new Promise((resolve) => setTimeout(() => resolve('still open'), 3000)),
      ]),
    ).rejects.toThrow();
  });

  it('refuses writes without the CSRF header, as the console backend does', async () => {
    const before = api.seen.length;
    const patch = (headers: Record<string, string>) =>
      fetch(`${con.url}/api/kubernetes/api/v1/namespaces/a`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json-patch+json', ...headers },
        body: '[]',
      });
    expect((await patch({ Cookie: 'csrf-token=abc' })).status).toBe(403);
    expect((await patch({ Cookie: 'csrf-token=abc', 'X-CSRFToken': 'xyz' })).status).toBe(403);
    expect(api.seen.length).toBe(before);
    expect((await patch({ Cookie: 'csrf-token=abc', 'X-CSRFToken': 'abc' })).status).toBe(200);
    expect(api.seen.at(-1)).toMatchObject({ method: 'PATCH', body: '[]' });
  });

  it('proxies watch WebSockets with the token, from the console origin only', async () => {
    const wsURL = `${con.url.replace('http', 'ws')}/api/kubernetes/api/v1/namespaces?watch=true`;
    const ws = new WebSocket(wsURL, {
      headers: { Origin: con.url, Cookie: 'sandbox-user=developer' },
    });
    const first = await new Promise<Record<string, string>>((resolve, reject) => {
      ws.on('message', (d) => resolve(JSON.parse(d.toString())));
      ws.on('error', reject);
    });
    ws.close();
    expect(first).toEqual({
      type: 'ADDED',
      auth: 'Bearer sandbox-developer-token',
      url: '/api/v1/namespaces?watch=true',
    });
    const foreign = new WebSocket(wsURL, { headers: { Origin: 'http://evil.example' } });
    const refused = await new Promise<string>((resolve) => {
      foreign.on('open', () => resolve('open'));
      foreign.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
      foreign.on('error', () => resolve('error'));
    });
    expect(refused).not.toBe('open');
  });
});
