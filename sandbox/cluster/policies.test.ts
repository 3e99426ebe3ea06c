import { startCluster } from './index';
import { client, type Json } from './testing';

const AP = '/apis/security.istio.io/v1/namespaces/bookinfo/authorizationpolicies';

describe('AuthorizationPolicy (security.istio.io/v1)', () => {
  let c: Awaited<ReturnType<typeof startCluster>>;
  beforeAll(async () => {
    c = await startCluster({ port: 0, delayMs: 0, quiet: true, scenario: 'ambient' });
  });
  afterAll(() => c.close());

  it('the ambient scenario has the two bookinfo policies, readable by the namespace admin', async () => {
    const dev = client(c.url, 'sandbox-developer-token');
    const list = await dev.get(AP);
    expect(list.status).toBe(200);
    const items = list.body.items as Json[];
    expect(items.map((p) => p.metadata.name).sort()).toEqual([
      'ratings-get-only',
      'reviews-viewer',
    ]);
    // and not cluster-wide
    expect((await dev.get('/apis/security.istio.io/v1/authorizationpolicies')).status).toBe(403);
  });

  it('validates the spec against the schema (action enum, targetRef kind required)', async () => {
    const admin = client(c.url);
    const bad = await admin.post(AP, {
      apiVersion: 'security.istio.io/v1',
      kind: 'AuthorizationPolicy',
      metadata: { name: 'bad' },
      spec: { action: 'PERMIT', targetRefs: [{ name: 'reviews' }] },
    });
    expect(bad.status).toBe(422);
    const text = JSON.stringify(bad.body);
    expect(text).toContain('spec.action');
    expect(text).toContain('spec.targetRefs[0].kind');
  });

  it('is served in v1beta1 too, and by the ap short name in discovery', async () => {
    const admin = client(c.url);
    expect((await admin.get(AP.replace('/v1/', '/v1beta1/'))).status).toBe(200);
    const res = (await admin.get('/apis/security.istio.io/v1')).body.resources as Json[];
    const ap = res.find((r) => r.name === 'authorizationpolicies') as Json & {
      shortNames?: string[];
    };
    expect(ap.shortNames).toEqual(['ap']);
  });
});
