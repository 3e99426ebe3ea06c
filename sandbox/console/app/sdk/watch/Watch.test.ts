import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { subscribeWatch } from './registry';
import { Watch } from './Watch';
import { BUFFER_MAX, FLUSH_MS, REFUSED_RETRY_MS, RETRY_MIN_MS } from './types';

/** A WebSocket stand-in that records the sockets opened and lets the test drive them. */
class FakeSocket {
  static opened: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((ev: { data: string }) => void) | null = null;
  onclose: ((ev: { code: number }) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.opened.push(this);
  }
  emit(type: string, object: object) {
    this.onmessage?.({ data: JSON.stringify({ type, object }) });
  }
  drop() {
    this.onclose?.({ code: 1006 });
  }
  close() {
    this.closed = true;
  }
}

type Reply = { status?: number; body: unknown };
let replies: Reply[] = [];
const requested: string[] = [];

const ns = (name: string, rv = '1') => ({ metadata: { name, resourceVersion: rv } });
const list = (items: object[], rv: string, cont?: string) => ({
  body: { items, metadata: { resourceVersion: rv, continue: cont } },
});
const model: K8sModel = {
  abbr: 'NS',
  kind: 'Namespace',
  label: 'Namespace',
  labelPlural: 'Namespaces',
  plural: 'namespaces',
  apiVersion: 'v1',
};
const names = (w: Watch) =>
  (w.state.data as { metadata: { name: string } }[]).map((o) => o.metadata.name);
const flushPromises = async () => {
  for (let i = 0; i < 50; i += 1) await Promise.resolve();
};

beforeEach(() => {
  jest.useFakeTimers();
  FakeSocket.opened = [];
  replies = [];
  requested.length = 0;
  Object.assign(globalThis, {
    window: { location: { protocol: 'http:', host: 'console.test' } },
    document: { cookie: '' },
    WebSocket: FakeSocket,
    fetch: jest.fn(async (url: string) => {
      requested.push(url);
      const r = replies.shift() ?? { status: 500, body: { message: 'no reply' } };
      const status = r.status ?? 200;
      return {
        ok: status < 300,
        status,
        statusText: String(status),
        text: async () => JSON.stringify(r.body),
      };
    }),
  });
});
afterEach(() => jest.useRealTimers());

describe('Watch', () => {
  it('lists page by page, then watches from the last resourceVersion', async () => {
    replies = [list([ns('a')], '10', 'next'), list([ns('b')], '11')];
    const w = new Watch({ model, isList: true, labelSelector: 'x=y' });
    w.start();
    await flushPromises();
    expect(requested).toEqual([
      '/api/kubernetes/api/v1/namespaces?limit=250&labelSelector=x%3Dy',
      '/api/kubernetes/api/v1/namespaces?limit=250&labelSelector=x%3Dy&continue=next',
    ]);
    expect(w.state.loaded).toBe(true);
    expect(names(w)).toEqual(['a', 'b']);
    expect(FakeSocket.opened.map((s) => s.url)).toEqual([
      'ws://console.test/api/kubernetes/api/v1/namespaces?labelSelector=x%3Dy&watch=true&resourceVersion=11',
    ]);
    w.stop();
  });

  it('is loaded from the first page on and adds later pages as they arrive', async () => {
    replies = [list([ns('a')], '10', 'next'), list([ns('b')], '11')];
    const w = new Watch({ model, isList: true });
    const seen: string[][] = [];
    w.subscribe(() => seen.push(w.state.loaded ? names(w) : []));
    w.start();
    await flushPromises();
    expect(seen).toEqual([['a'], ['a', 'b']]);
    w.stop();
  });

  it('takes the page size from a limit and still follows continue to the last page', async () => {
    replies = [
      list([ns('a'), ns('b')], '10', 'p2'),
      list([ns('c'), ns('d')], '11', 'p3'),
      list([ns('e')], '12'),
    ];
    const w = new Watch({ model, isList: true, limit: 2, fieldSelector: 'f=g' });
    const seen: number[] = [];
    w.subscribe(() => seen.push(names(w).length));
    w.start();
    await flushPromises();
    expect(requested).toEqual([
      '/api/kubernetes/api/v1/namespaces?limit=2&fieldSelector=f%3Dg',
      '/api/kubernetes/api/v1/namespaces?limit=2&fieldSelector=f%3Dg&continue=p2',
      '/api/kubernetes/api/v1/namespaces?limit=2&fieldSelector=f%3Dg&continue=p3',
    ]);
    expect(seen).toEqual([2, 4, 5]);
    expect(FakeSocket.opened.map((s) => s.url)).toEqual([
      'ws://console.test/api/kubernetes/api/v1/namespaces?fieldSelector=f%3Dg&watch=true&resourceVersion=12',
    ]);
    w.stop();
  });

  it('keeps only the newest BUFFER_MAX events between two flushes', async () => {
    replies = [list([], '5')];
    const w = new Watch({ model, isList: true });
    w.start();
    await flushPromises();
    const socket = FakeSocket.opened[0];
    for (let i = 0; i <= BUFFER_MAX; i += 1) socket.emit('ADDED', ns(`n${i}`, String(6 + i)));
    jest.advanceTimersByTime(FLUSH_MS);
    expect(names(w)).toHaveLength(BUFFER_MAX);
    // the oldest event was dropped (the console's list is in hash order, not the events')
    expect(names(w)).not.toContain('n0');
    expect(names(w)).toContain('n1');
    expect(names(w)).toContain(`n${BUFFER_MAX}`);
    w.stop();
  });

  it('applies events together after the flush interval', async () => {
    replies = [list([ns('a'), ns('b')], '5')];
    const w = new Watch({ model, isList: true });
    const seen = jest.fn();
    w.subscribe(seen);
    w.start();
    await flushPromises();
    const socket = FakeSocket.opened[0];
    socket.emit('ADDED', ns('c', '6'));
    socket.emit('MODIFIED', ns('a', '7'));
    socket.emit('DELETED', ns('b', '8'));
    expect(names(w)).toEqual(['a', 'b']);
    const calls = seen.mock.calls.length;
    jest.advanceTimersByTime(FLUSH_MS);
    expect(names(w)).toEqual(['a', 'c']);
    expect(seen.mock.calls.length).toBe(calls + 1);
    w.stop();
  });

  it('re-lists and re-watches when the socket drops', async () => {
    replies = [list([ns('a')], '5'), list([ns('a'), ns('z')], '9')];
    const w = new Watch({ model, isList: true });
    w.start();
    await flushPromises();
    FakeSocket.opened[0].drop();
    jest.advanceTimersByTime(RETRY_MIN_MS);
    await flushPromises();
    expect(requested).toHaveLength(2);
    expect(names(w)).toEqual(['a', 'z']);
    expect(FakeSocket.opened[1].url).toContain('resourceVersion=9');
    w.stop();
  });

  it('re-lists at once on a watch ERROR (410 Gone)', async () => {
    replies = [list([ns('a')], '5'), list([ns('b')], '20')];
    const w = new Watch({ model, isList: true });
    w.start();
    await flushPromises();
    FakeSocket.opened[0].emit('ERROR', { kind: 'Status', code: 410 });
    jest.advanceTimersByTime(FLUSH_MS);
    await flushPromises();
    expect(FakeSocket.opened[0].closed).toBe(true);
    expect(names(w)).toEqual(['b']);
    w.stop();
  });

  it('watches one object through its list by name, and sees it created', async () => {
    replies = [list([], '3')];
    const w = new Watch({ model, isList: false, name: 'bookinfo' });
    w.start();
    await flushPromises();
    expect(requested[0]).toBe(
      '/api/kubernetes/api/v1/namespaces?fieldSelector=metadata.name%3Dbookinfo',
    );
    expect(w.state.loaded).toBe(false);
    expect((w.state.loadError as { code: number }).code).toBe(404);
    FakeSocket.opened[0].emit('ADDED', ns('bookinfo', '4'));
    jest.advanceTimersByTime(FLUSH_MS);
    expect(w.state).toMatchObject({
      loaded: true,
      loadError: undefined,
      data: ns('bookinfo', '4'),
    });
    w.stop();
  });

  it('gets an object the user may not list, and polls it instead of watching', async () => {
    replies = [{ status: 403, body: { message: 'forbidden' } }, { body: ns('bookinfo') }];
    const w = new Watch({ model, isList: false, name: 'bookinfo' });
    w.start();
    await flushPromises();
    expect(requested[1]).toBe('/api/kubernetes/api/v1/namespaces/bookinfo');
    expect(w.state).toMatchObject({ loaded: true, data: ns('bookinfo') });
    expect(FakeSocket.opened).toHaveLength(0);
    w.stop();
  });

  it('reports an error, a 404 too, whatever the query says of it (as the console)', async () => {
    replies = [{ status: 404, body: { message: 'no such kind' } }];
    const w = new Watch({ model, isList: true });
    w.start();
    await flushPromises();
    expect(w.state.loaded).toBe(false);
    expect((w.state.loadError as Error).message).toBe('no such kind');
    w.stop();
  });

  it('lists a refused list again after 15 s, and shows it once allowed', async () => {
    replies = [{ status: 403, body: { message: 'forbidden' } }];
    const w = new Watch({ model, isList: true });
    w.start();
    await flushPromises();
    expect((w.state.loadError as Error).message).toBe('forbidden');
    replies = [list([ns('a')], '7')];
    jest.advanceTimersByTime(REFUSED_RETRY_MS - 1);
    await flushPromises();
    expect(requested).toHaveLength(1);
    jest.advanceTimersByTime(1);
    await flushPromises();
    expect(requested).toHaveLength(2);
    expect(w.state).toMatchObject({ loaded: true, loadError: undefined });
    expect(names(w)).toEqual(['a']);
    w.stop();
  });
});

describe('shared watches', () => {
  it('share one list between subscribers, and stop as soon as the last one leaves', async () => {
    replies = [list([ns('a')], '5'), list([ns('a')], '6')];
    const spec = { model, isList: true };
    const first = subscribeWatch(spec, () => undefined);
    const second = subscribeWatch(spec, () => undefined);
    await flushPromises();
    expect(requested).toHaveLength(1);
    expect(FakeSocket.opened).toHaveLength(1);

    first.unsubscribe();
    expect(FakeSocket.opened[0].closed).toBe(false);

    // the console drops a query's watch and data when its reference count reaches 0
    second.unsubscribe();
    expect(FakeSocket.opened[0].closed).toBe(true);

    // so a page that comes after lists again, from nothing
    const third = subscribeWatch(spec, () => undefined);
    expect(third.state.loaded).toBe(false);
    await flushPromises();
    expect(requested).toHaveLength(2);
    third.unsubscribe();
  });
});
