import { ADMIN_TOKEN, startCluster, type SandboxCluster } from '../index';
import { client, type Json } from '../testing';

let c: SandboxCluster;
let admin: ReturnType<typeof client>;

beforeAll(async () => {
  c = await startCluster({ port: 0, delayMs: 0, quiet: true });
  admin = client(c.url, ADMIN_TOKEN);
  for (const ns of ['cache-a', 'cache-b', 'cache-c'])
    await admin.post('/api/v1/namespaces', { metadata: { name: ns } });
  // in-process: 600 writes over HTTP take too long on a busy machine
  const cm = c.api.registry.byRid('/configmaps');
  if (!cm) throw new Error('configmaps not served');
  for (let i = 0; i < 600; i += 1) {
    const ns = ['cache-a', 'cache-b', 'cache-c'][i % 3];
    c.api.create(cm, 'v1', ns, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `cm-${String(i).padStart(3, '0')}` },
      data: { n: String(i) },
    });
  }
}, 30000);
afterAll(() => c.close());

const summary = (items: Json[]) =>
  items.map((o) => `${o.metadata.namespace}/${o.metadata.name}@${o.metadata.resourceVersion}`);

/** The same collection read page by page (never cached as a whole). */
const paged = async (): Promise<string[]> => {
  const out: Json[] = [];
  let cont = '';
  do {
    const r = await admin.get(`/api/v1/configmaps?limit=100${cont ? `&continue=${cont}` : ''}`);
    out.push(...r.body.items);
    cont = r.body.metadata.continue ?? '';
  } while (cont);
  return summary(out);
};

const whole = async (): Promise<{ items: string[]; data: Json[] }> => {
  const r = await admin.get('/api/v1/configmaps');
  expect(r.status).toBe(200);
  return { items: summary(r.body.items), data: r.body.items };
};

describe('whole-collection lists served from cached namespace chunks', () => {
  it('answer as the paged list after objects change, appear and disappear', async () => {
    const first = await whole();
    expect(first.items.length).toBeGreaterThanOrEqual(600);
    expect(first.items).toEqual(await paged());
    expect((await whole()).items).toEqual(first.items);

    await admin.patch('/api/v1/namespaces/cache-b/configmaps/cm-001', { data: { n: 'changed' } });
    await admin.delete('/api/v1/namespaces/cache-c/configmaps/cm-002');
    await admin.post('/api/v1/namespaces/cache-a/configmaps', { metadata: { name: 'cm-new' } });
    const after = await whole();
    expect(after.items).toEqual(await paged());
    expect(after.items).not.toEqual(first.items);
    expect(after.items.some((s) => s.startsWith('cache-a/cm-new@'))).toBe(true);
    expect(after.items.some((s) => s.startsWith('cache-c/cm-002@'))).toBe(false);
    const changed = after.data.find((o) => o.metadata.name === 'cm-001');
    expect(changed?.data).toEqual({ n: 'changed' });
    // objects of namespaces that did not change are served from their chunk, unchanged
    const untouched = (l: Json[]) => l.filter((o) => o.metadata.name === 'cm-000');
    expect(untouched(after.data)).toEqual(untouched(first.data));
  });
});
