import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { subscribeWatch } from './registry';

/** A socket that never opens: the watch's list is what is counted here. */
class QuietSocket {
  static closed = 0;
  onopen = null;
  onmessage = null;
  onclose = null;
  close() {
    QuietSocket.closed += 1;
  }
}

const requested: string[] = [];
const model: K8sModel = {
  abbr: 'NS',
  kind: 'Namespace',
  label: 'Namespace',
  labelPlural: 'Namespaces',
  plural: 'namespaces',
  apiVersion: 'v1',
};
const spec = { model, isList: true };
const flushPromises = async () => {
  for (let i = 0; i < 50; i += 1) await Promise.resolve();
};

beforeEach(() => {
  requested.length = 0;
  QuietSocket.closed = 0;
  Object.assign(globalThis, {
    window: { location: { protocol: 'http:', host: 'console.test' } },
    document: { cookie: '' },
    WebSocket: QuietSocket,
    fetch: jest.fn(async (url: string) => {
      requested.push(url);
      const body = { items: [{ metadata: { name: 'a' } }], metadata: { resourceVersion: '5' } };
      return { ok: true, status: 200, statusText: 'OK', text: async () => JSON.stringify(body) };
    }),
  });
});

describe('shared watches', () => {
  it('share one list between subscribers, and stop as soon as the last one leaves', async () => {
    const first = subscribeWatch(spec, () => undefined);
    const second = subscribeWatch(spec, () => undefined);
    await flushPromises();
    expect(requested).toHaveLength(1);

    first.unsubscribe();
    expect(QuietSocket.closed).toBe(0);

    // the console drops a query's watch and data when its reference count reaches 0
    second.unsubscribe();
    expect(QuietSocket.closed).toBe(1);

    // so a page that comes after lists again, from nothing
    const third = subscribeWatch(spec, () => undefined);
    expect(third.state.loaded).toBe(false);
    await flushPromises();
    expect(requested).toHaveLength(2);
    third.unsubscribe();
  });
});
