import * as fs from 'fs';
import type { ServerResponse } from 'http';
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
 * Hashed assets may be cached; everything else is revalidated on each load.
 */
export const sendFile = (
  res: ServerResponse,
  file: string | undefined,
  method = 'GET',
): Promise<boolean> =>
  new Promise((resolve) => {
    if (!file) return resolve(false);
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) return resolve(false);
      const ext = path.extname(file);
      const immutable = /[.-][0-9a-f]{16,}\.min\.js$/.test(file);
      res.writeHead(200, {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (method === 'HEAD') {
        res.end();
        return resolve(true);
      }
      const stream = fs.createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
      resolve(true);
    });
  });
