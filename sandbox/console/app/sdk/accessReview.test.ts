/** checkAccess remembers a review by its attributes with their defaults, as the console's memo. */
import { checkAccess } from './accessReview';

test('one request for the same review however its attributes are spelled', async () => {
  Object.assign(globalThis, { document: { cookie: 'csrf-token=t' } });
  const sent: unknown[] = [];
  globalThis.fetch = jest.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    sent.push(JSON.parse(String(init?.body)));
    return new Response(JSON.stringify({ status: { allowed: true } }), { status: 201 });
  }) as typeof fetch;
  const a = await checkAccess({ resource: 'namespaces', verb: 'patch' });
  const full = {
    group: '',
    resource: 'namespaces',
    subresource: '',
    verb: 'patch',
    name: '',
    namespace: '',
  } as const;
  const b = await checkAccess(full);
  expect(a.status?.allowed).toBe(true);
  expect(b).toBe(a);
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ spec: { resourceAttributes: full } });
  await checkAccess({ resource: 'namespaces', verb: 'patch', name: 'bookinfo' });
  expect(sent).toHaveLength(2);
});
