import { ADMIN_TOKEN, startCluster, type SandboxCluster } from '../index';
import { client, watchHttp, type Json } from '../testing';

let c: SandboxCluster;
let admin: ReturnType<typeof client>;
const base = '/api/v1/namespaces/snap/configmaps';

beforeAll(async () => {
  c = await startCluster({ port: 0, delayMs: 0, quiet: true });
  admin = client(c.url, ADMIN_TOKEN);
  await admin.post('/api/v1/namespaces', { metadata: { name: 'snap' } });
  for (let i = 0; i < 30; i += 1)
    await admin.post(base, { metadata: { name: `cm-${String(i).padStart(2, '0')}` }, data: {} });
}, 30000);
afterAll(() => c.close());

describe('paged lists', () => {
  it('serve every page from the first page`s snapshot, and the watch from it sees the rest', async () => {
    const first = await admin.get(`${base}?limit=10`);
    const rv = first.body.metadata.resourceVersion as string;
    // changes while the client pages: in the page already read, and in pages still to come
    await admin.post(base, { metadata: { name: 'cm-00a' }, data: {} });
    await admin.patch(`${base}/cm-15`, { data: { v: 'new' } });
    await admin.delete(`${base}/cm-25`);
    const items: Json[] = [...first.body.items];
    let cont = first.body.metadata.continue as string;
    while (cont) {
      const page = await admin.get(`${base}?limit=10&continue=${cont}`);
      expect(page.body.metadata.resourceVersion).toBe(rv);
      items.push(...page.body.items);
      cont = page.body.metadata.continue as string;
    }
    const names = items.map((o) => o.metadata.name);
    expect(names).toHaveLength(30);
    expect(names).not.toContain('cm-00a');
    expect(names).toContain('cm-25');
    expect(items.find((o) => o.metadata.name === 'cm-15')?.data).toEqual({});
    const events = await watchHttp(
      `${c.url}${base}?watch=true&resourceVersion=${rv}`,
      (es) => es.length >= 3,
      5000,
      ADMIN_TOKEN,
    );
    expect(events.map((e) => `${e.type} ${e.object?.metadata.name}`)).toEqual([
      'ADDED cm-00a',
      'MODIFIED cm-15',
      'DELETED cm-25',
    ]);
    // a fresh list shows the current state
    const now = (await admin.get(base)).body.items.map((o: Json) => o.metadata.name);
    expect(now).toContain('cm-00a');
    expect(now).not.toContain('cm-25');
  });
});
