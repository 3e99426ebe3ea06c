// Server-side apply as far as the sandbox serves it: creating an object that does not exist.
import { startCluster, type SandboxCluster } from '../index';

let c: SandboxCluster;
beforeAll(async () => {
  c = await startCluster({ port: 0, delayMs: 0, quiet: true });
});
afterAll(() => c.close());

const apply = (query: string, body: object) =>
  fetch(`${c.url}/api/v1/namespaces/default/configmaps/applied${query}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/apply-patch+yaml' },
    body: JSON.stringify(body),
  });
const cm = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'applied', namespace: 'default' },
  data: { k: 'v' },
};

it('creates an object that does not exist (201), dry-run stores nothing', async () => {
  expect((await apply('?fieldManager=t&dryRun=All', cm)).status).toBe(201);
  const missing = await fetch(`${c.url}/api/v1/namespaces/default/configmaps/applied`);
  expect(missing.status).toBe(404);
  const res = await apply('?fieldManager=t', cm);
  expect(res.status).toBe(201);
  expect(await res.json()).toMatchObject({ metadata: { name: 'applied' }, data: { k: 'v' } });
});

it('requires a field manager and refuses, with 415, to apply onto an existing object', async () => {
  const noManager = await apply('', cm);
  expect(noManager.status).toBe(422);
  const again = await apply('?fieldManager=t', { ...cm, data: { k: 'w' } });
  expect(again.status).toBe(415);
  expect(await again.json()).toMatchObject({ kind: 'Status', reason: 'UnsupportedMediaType' });
});
