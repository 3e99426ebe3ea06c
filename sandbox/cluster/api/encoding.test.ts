import * as http from 'http';
import * as zlib from 'zlib';
import { startCluster, type SandboxCluster } from '../index';
import { GZIP_THRESHOLD_BYTES, acceptsGzip, inBlocks } from './encoding';

// The API server compresses responses over 128 KiB for clients asking for gzip (writers.go).
let c: SandboxCluster;

beforeAll(async () => {
  c = await startCluster({ port: 0, delayMs: 0, quiet: true });
  const rt = c.api.registry.byKind('', 'ConfigMap');
  if (!rt) throw new Error('no ConfigMap type');
  // about 200 KiB of ConfigMaps in `default`, and one small one in `kube-public`
  for (let i = 0; i < 100; i += 1)
    c.api.create(rt, 'v1', 'default', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `big-${i}` },
      data: { blob: 'x'.repeat(2048) },
    });
  c.api.create(rt, 'v1', 'kube-public', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'small' },
    data: { a: 'b' },
  });
});
afterAll(() => c?.close());

type Raw = { headers: http.IncomingHttpHeaders; body: Buffer };
const get = (path: string, acceptEncoding?: string): Promise<Raw> =>
  new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : undefined;
    http
      .get(`${c.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (b: Buffer) => chunks.push(b));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });

const BIG = '/api/v1/namespaces/default/configmaps';
const SMALL = '/api/v1/namespaces/kube-public/configmaps';

describe('response compression', () => {
  it('negotiates as the API server does: a trimmed token that is exactly gzip', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('deflate, br, gzip ')).toBe(true);
    expect(acceptsGzip(['gzip'])).toBe(true);
    expect(acceptsGzip('gzip;q=1.0')).toBe(false);
    expect(acceptsGzip('deflate, br')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('hands the compressor blocks of at least the block size, the bytes in order', () => {
    const parts = ['ab', 'c', 'def', 'g', 'hij'].map((t) => Buffer.from(t));
    const blocks = inBlocks(parts, 3);
    expect(blocks.map((b) => b.toString())).toEqual(['abc', 'def', 'ghij']);
    expect(inBlocks(parts, 100).map((b) => b.toString())).toEqual(['abcdefghij']);
    expect(inBlocks([], 3)).toEqual([]);
  });

  it('compresses a large list for a client that asks for gzip', async () => {
    const plain = await get(BIG);
    expect(plain.body.length).toBeGreaterThan(GZIP_THRESHOLD_BYTES);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);

    const zipped = await get(BIG, 'gzip, deflate, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 4);
    const items = JSON.parse(zlib.gunzipSync(zipped.body).toString()).items as unknown[];
    expect(items).toHaveLength(100);
    expect(zlib.gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });

  it('sends small responses and watches as they are', async () => {
    const small = await get(SMALL, 'gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString()).items).toHaveLength(1);

    const watch = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
      const req = http.get(
        `${c.url}${BIG}?watch=true`,
        { headers: { 'Accept-Encoding': 'gzip' } },
        (res) => {
          resolve(res.headers);
          req.destroy();
        },
      );
      req.on('error', (e) => (req.destroyed ? undefined : reject(e)));
    });
    expect(watch['content-encoding']).toBeUndefined();
  });
});
