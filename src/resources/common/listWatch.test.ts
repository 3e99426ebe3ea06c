import { consoleFetch } from '@openshift-console/dynamic-plugin-sdk';
import { pageResponse, provideTextDecoder } from '../../testing/listPage';
import { PodModel } from '../../models';
import {
  BLOB_READ_MIN_LIMIT,
  FLUSH_MS,
  ListWatch,
  REFUSED_RETRY_MS,
  WATCH_TIMEOUT_S,
  listURL,
  subscribeListWatch,
} from './listWatch';

type Pod = { metadata: { name: string; namespace: string; resourceVersion: string } };
const pod = (name: string, rv: string, namespace = 'app'): Pod => ({
  metadata: { name, namespace, resourceVersion: rv },
});
const page = (items: Pod[], resourceVersion: string, cont?: string) => ({
  items,
  metadata: { resourceVersion, continue: cont },
});

/** A WebSocket stand-in: opens at once; the test sends events, ends it, or fails it. */
class FakeSocket {
  static opened: FakeSocket[] = [];
  /** Sockets close before they open (the server refused the upgrade). */
  static refuse = false;
  onopen: (() => void) | null = null;
  onmessage: ((m: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.opened.push(this);
    // (a promise, not queueMicrotask, which the fake timers hold back)
    void Promise.resolve().then(() => (FakeSocket.refuse ? this.onclose?.() : this.onopen?.()));
  }
  event(type: string, object: object) {
    this.onmessage?.({ data: JSON.stringify({ type, object }) });
  }
  /** The server ends the watch (or the connection drops): the socket closes. */
  end() {
    this.onclose?.();
  }
  close() {
    this.closed = true;
  }
}

let lists: (object | Error)[];
/** How the page must be read (the other read fails); either when not set. */
let readVia: 'bytes' | 'blob' | undefined;
const listURLs: string[] = [];
const sockets = () => FakeSocket.opened;
const watchURLs = () => FakeSocket.opened.map((w) => w.url.replace(/^ws:\/\/[^/]+/, ''));

const settle = async () => {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
};
const names = (w: ListWatch<Pod>) => (w.state.data ?? []).map((p) => p.metadata.name).sort();
const refused = () =>
  Object.assign(new Error('forbidden'), { response: { status: 403 }, json: { code: 403 } });

beforeEach(() => {
  jest.useFakeTimers();
  lists = [];
  readVia = undefined;
  listURLs.length = 0;
  FakeSocket.opened = [];
  FakeSocket.refuse = false;
  Object.assign(globalThis, { WebSocket: FakeSocket });
  provideTextDecoder();
  jest.mocked(consoleFetch).mockReset();
  jest.mocked(consoleFetch).mockImplementation(async (url: string) => {
    listURLs.push(url);
    const next = lists.shift();
    if (!next) throw new Error('no list prepared');
    if (next instanceof Error) throw next;
    // the page's bytes, as the console's fetch hands them
    return pageResponse(next, readVia);
  });
});
afterEach(() => jest.useRealTimers());

const started = async (limit?: number) => {
  const w = new ListWatch<Pod>({ model: PodModel, limit });
  w.start();
  await settle();
  return w;
};

describe('ListWatch', () => {
  it('lists page by page through the console proxy, then watches over a WebSocket from the last version', async () => {
    lists = [page([pod('a', '1'), pod('b', '1')], '10', 'next'), page([pod('c', '1')], '11')];
    const w = await started(2);
    expect(listURLs).toEqual([
      '/api/kubernetes/api/v1/pods?limit=2',
      '/api/kubernetes/api/v1/pods?limit=2&continue=next',
    ]);
    expect(names(w)).toEqual(['a', 'b', 'c']);
    expect(w.state.loaded).toBe(true);
    expect(watchURLs()).toEqual([
      `/api/kubernetes/api/v1/pods?watch=true&resourceVersion=11&allowWatchBookmarks=true&timeoutSeconds=${WATCH_TIMEOUT_S}`,
    ]);
    w.stop();
    expect(sockets()[0].closed).toBe(true);
  });

  it.each([
    [BLOB_READ_MIN_LIMIT, 'blob'],
    [BLOB_READ_MIN_LIMIT - 1, 'bytes'],
  ] as const)('reads a page of limit %i %s', async (limit, via) => {
    readVia = via;
    lists = [page([pod('a', '1'), pod('b', '1')], '10')];
    const w = await started(limit);
    expect(w.state.error).toBeUndefined();
    expect(names(w)).toEqual(['a', 'b']);
    w.stop();
  });

  it('applies the events together after the flush interval; unchanged objects keep their identity', async () => {
    lists = [page([pod('a', '1'), pod('b', '1')], '10')];
    const w = await started();
    const seen = jest.fn();
    w.subscribe(seen);
    const a = w.state.data?.find((p) => p.metadata.name === 'a');
    const s = sockets()[0];
    s.event('ADDED', pod('c', '11'));
    s.event('MODIFIED', pod('b', '12'));
    s.event('DELETED', pod('c', '13'));
    expect(seen).not.toHaveBeenCalled();
    jest.advanceTimersByTime(FLUSH_MS);
    expect(seen).toHaveBeenCalledTimes(1);
    expect(names(w)).toEqual(['a', 'b']);
    expect(w.state.data?.find((p) => p.metadata.name === 'b')?.metadata.resourceVersion).toBe('12');
    expect(w.state.data?.find((p) => p.metadata.name === 'a')).toBe(a);
    w.stop();
  });

  it('watches again from the last version seen when the watch ends', async () => {
    lists = [page([pod('a', '1')], '10')];
    const w = await started();
    sockets()[0].event('ADDED', pod('b', '11'));
    sockets()[0].event('BOOKMARK', { metadata: { resourceVersion: '15' } });
    sockets()[0].end();
    await settle();
    // what came before the end is applied at once
    expect(names(w)).toEqual(['a', 'b']);
    expect(listURLs).toHaveLength(1);
    expect(watchURLs()[1]).toContain('resourceVersion=15');
    w.stop();
  });

  it('waits before watching again when a watch ends at once with nothing', async () => {
    lists = [page([pod('a', '1')], '10')];
    const w = await started();
    sockets()[0].end();
    await settle();
    expect(sockets()).toHaveLength(1);
    jest.advanceTimersByTime(1000);
    await settle();
    expect(sockets()).toHaveLength(2);
    sockets()[1].end();
    await settle();
    jest.advanceTimersByTime(1000);
    await settle();
    // the wait doubles
    expect(sockets()).toHaveLength(2);
    jest.advanceTimersByTime(1000);
    await settle();
    expect(sockets()).toHaveLength(3);
    w.stop();
  });

  it('keeps its data when a watch cannot open, and tries again after a while', async () => {
    lists = [page([pod('a', '1')], '10')];
    // refused before it opened
    FakeSocket.refuse = true;
    const w = await started();
    expect(sockets()).toHaveLength(1);
    expect(names(w)).toEqual(['a']);
    expect(w.state.error).toBeUndefined();
    FakeSocket.refuse = false;
    jest.advanceTimersByTime(1000);
    await settle();
    expect(sockets()).toHaveLength(2);
    expect(watchURLs()[1]).toContain('resourceVersion=10');
    w.stop();
  });

  it('lists again when the server says the version is too old, and the new list replaces', async () => {
    lists = [
      page([pod('a', '1'), pod('b', '1')], '10'),
      page([pod('b', '20'), pod('d', '20')], '21'),
    ];
    const w = await started();
    sockets()[0].event('ERROR', {
      code: 410,
      reason: 'Expired',
      message: 'too old resource version',
    });
    await settle();
    expect(sockets()[0].closed).toBe(true);
    expect(listURLs).toHaveLength(2);
    expect(names(w)).toEqual(['b', 'd']);
    expect(watchURLs()[1]).toContain('resourceVersion=21');
    w.stop();
  });

  it('gives a refused list as its error, and asks again later', async () => {
    lists = [refused()];
    const w = await started();
    expect(w.state.loaded).toBe(false);
    expect(w.state.error).toBeDefined();
    expect(sockets()).toHaveLength(0);
    lists = [page([pod('a', '1')], '10')];
    jest.advanceTimersByTime(REFUSED_RETRY_MS);
    await settle();
    expect(w.state.error).toBeUndefined();
    expect(names(w)).toEqual(['a']);
    w.stop();
  });

  it('writes the namespace and the label selector into the URL', () => {
    expect(
      listURL(
        { model: PodModel, namespace: 'ztunnel', labelSelector: 'app=ztunnel' },
        { limit: '250' },
      ),
    ).toBe('/api/kubernetes/api/v1/namespaces/ztunnel/pods?labelSelector=app%3Dztunnel&limit=250');
  });
});

describe('subscribeListWatch', () => {
  it('shares one watch per query, and stops it after its last subscriber', async () => {
    lists = [page([pod('a', '1')], '10')];
    const one = subscribeListWatch<Pod>({ model: PodModel, limit: 5 }, jest.fn());
    const two = subscribeListWatch<Pod>({ model: PodModel, limit: 5 }, jest.fn());
    expect(two.watch).toBe(one.watch);
    await settle();
    expect(listURLs).toHaveLength(1);
    one.unsubscribe();
    expect(sockets()[0].closed).toBe(false);
    two.unsubscribe();
    expect(sockets()[0].closed).toBe(true);
    lists = [page([], '30')];
    const three = subscribeListWatch<Pod>({ model: PodModel, limit: 5 }, jest.fn());
    expect(three.watch).not.toBe(one.watch);
    three.unsubscribe();
  });
});
