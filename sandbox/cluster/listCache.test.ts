import { startCluster, type SandboxCluster } from './index';
import { client, type Json } from './testing';

// Lists of 500 objects or more are served from a cache of their serialised body; two clusters in
// one process (as the browser tests and benchmarks start them) must each serve their own.
const MANY = 500;

let a: SandboxCluster;
let b: SandboxCluster;

beforeAll(async () => {
  [a, b] = await Promise.all(
    [0, 1].map(() => startCluster({ port: 0, delayMs: 0, quiet: true, watchCacheSize: 200 })),
  );
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

const fill = (c: SandboxCluster, prefix: string) => {
  const rt = c.api.registry.byKind('', 'ConfigMap');
  if (!rt) throw new Error('no ConfigMap type');
  for (let i = 0; i < MANY; i += 1) {
    c.api.create(rt, 'v1', 'default', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `${prefix}-${String(i).padStart(3, '0')}` },
      data: { from: prefix },
    });
  }
};

const names = async (c: SandboxCluster): Promise<string[]> => {
  const res = await client(c.url, 'sandbox-admin-token').get(
    '/api/v1/namespaces/default/configmaps',
  );
  expect(res.status).toBe(200);
  return (res.body.items as Json[]).map((i) => (i.metadata as Json).name as string);
};

describe('list cache', () => {
  it('keeps the lists of two clusters in one process apart', async () => {
    fill(a, 'a');
    fill(b, 'b');
    const fromA = await names(a);
    const fromB = await names(b);
    expect(fromA).toHaveLength(MANY);
    expect(fromB).toHaveLength(MANY);
    expect(fromA.every((n) => n.startsWith('a-'))).toBe(true);
    expect(fromB.every((n) => n.startsWith('b-'))).toBe(true);
    // served again from each cluster's own cache
    expect(await names(a)).toEqual(fromA);
    expect(await names(b)).toEqual(fromB);
  });
});
