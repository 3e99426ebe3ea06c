import * as fs from 'fs';
import type { IncomingMessage, ServerResponse } from 'http';
import * as path from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The file under `root` named by the URL path `rel`, or undefined if it escapes `root`. */
export const resolveUnder = (root: string, rel: string): string | undefined => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
};

export const sendText = (res: ServerResponse, status: number, body: string, type = '.txt') => {
  res.writeHead(status, { 'Content-Type': TYPES[type] ?? TYPES['.txt'] });
  res.end(body);
};

/**
 * Sends a file if it exists and answers true; false when there is no such file.
 * Hashed assets may be cached; everything else is revalidated on each load. As the console's
 * file server (Go's `http.FileServer`) and a plugin's nginx do, each file carries its
 * `Last-Modified` time, and a request whose `If-Modified-Since` is not older gets a 304 without
 * the body, so a reload does not download an unchanged file again.
 */
export const sendFile = (
  res: ServerResponse,
  file: string | undefined,
  req: Pick<IncomingMessage, 'method' | 'headers'> = { method: 'GET', headers: {} },
): Promise<boolean> =>
  new Promise((resolve) => {
    if (!file) return resolve(false);
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) return resolve(false);
      const ext = path.extname(file);
      const immutable = /[.-][0-9a-f]{16,}\.min\.js$/.test(file);
      // HTTP dates have whole seconds
      const modified = new Date(Math.floor(st.mtimeMs / 1000) * 1000);
      const cache = {
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'Last-Modified': modified.toUTCString(),
      };
      const since = Date.parse(String(req.headers['if-modified-since'] ?? ''));
      if (!Number.isNaN(since) && modified.getTime() <= since) {
        res.writeHead(304, cache);
        res.end();
        return resolve(true);
      }
      res.writeHead(200, {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Content-Length': st.size,
        ...cache,
      });
      if (req.method === 'HEAD') {
        res.end();
        return resolve(true);
      }
      const stream = fs.createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
      resolve(true);
    });
  });
