import { TextDecoder, TextEncoder } from 'util';
import { consoleFetch, consoleFetchJSON } from '@openshift-console/dynamic-plugin-sdk';
import { PodModel } from '../../models';
import {
  FLUSH_MS,
  ListWatch,
  REFUSED_RETRY_MS,
  WATCH_TIMEOUT_S,
  listURL,
  subscribeListWatch,
} from './listWatch';

Object.assign(globalThis, { TextDecoder });
const encoder = new TextEncoder();

type Pod = { metadata: { name: string; namespace: string; resourceVersion: string } };
const pod = (name: string, rv: string, namespace = 'app'): Pod => ({
  metadata: { name, namespace, resourceVersion: rv },
});
const page = (items: Pod[], resourceVersion: string, cont?: string) => ({
  items,
  metadata: { resourceVersion, continue: cont },
});

/** A watch response whose body the test writes into, chunk by chunk, and then ends. */
class Stream {
  private chunks: (Uint8Array | null)[] = [];
  private waiting?: (r: { value?: Uint8Array; done: boolean }) => void;
  private failing?: (e: Error) => void;
  readonly response = {
    body: {
      getReader: () => ({
        read: () =>
          new Promise<{ value?: Uint8Array; done: boolean }>((resolve, reject) => {
            const next = this.chunks.shift();
            if (next !== undefined) resolve(next ? { value: next, done: false } : { done: true });
            else {
              this.waiting = resolve;
              this.failing = reject;
            }
          }),
      }),
    },
  };
  private push(chunk: Uint8Array | null) {
    const w = this.waiting;
    this.waiting = undefined;
    if (w) w(chunk ? { value: chunk, done: false } : { done: true });
    else this.chunks.push(chunk);
  }
  write(text: string) {
    this.push(encoder.encode(text));
  }
  event(type: string, object: object) {
    this.write(`${JSON.stringify({ type, object })}\n`);
  }
  end() {
    this.push(null);
  }
  /** The connection drops: the pending read fails. */
  fail() {
    this.failing?.(new TypeError('network error'));
  }
}

let lists: (object | Error)[];
let streams: Stream[];
const watchURLs: string[] = [];
const listURLs: string[] = [];

const settle = async () => {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
};
const names = (w: ListWatch<Pod>) => (w.state.data ?? []).map((p) => p.metadata.name).sort();
const refused = () =>
  Object.assign(new Error('forbidden'), { response: { status: 403 }, json: { code: 403 } });

beforeEach(() => {
  jest.useFakeTimers();
  lists = [];
  streams = [];
  watchURLs.length = 0;
  listURLs.length = 0;
  jest.mocked(consoleFetchJSON).mockReset();
  jest.mocked(consoleFetchJSON).mockImplementation(async (url: string) => {
    listURLs.push(url);
    const next = lists.shift();
    if (!next) throw new Error('no list prepared');
    if (next instanceof Error) throw next;
    return next;
  });
  jest.mocked(consoleFetch).mockReset();
  jest.mocked(consoleFetch).mockImplementation(async (url: string) => {
    watchURLs.push(url);
    const s = new Stream();
    streams.push(s);
    return s.response as unknown as Response;
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
  it('lists page by page through the console proxy, then watches from the last version', async () => {
    lists = [page([pod('a', '1'), pod('b', '1')], '10', 'next'), page([pod('c', '1')], '11')];
    const w = await started(2);
    expect(listURLs).toEqual([
      '/api/kubernetes/api/v1/pods?limit=2',
      '/api/kubernetes/api/v1/pods?limit=2&continue=next',
    ]);
    expect(names(w)).toEqual(['a', 'b', 'c']);
    expect(w.state.loaded).toBe(true);
    expect(watchURLs).toEqual([
      `/api/kubernetes/api/v1/pods?watch=true&resourceVersion=11&allowWatchBookmarks=true&timeoutSeconds=${WATCH_TIMEOUT_S}`,
    ]);
    expect(jest.mocked(consoleFetch).mock.calls[0][2]).toBe(0);
    w.stop();
  });

  it('applies the events together after the flush interval; unchanged objects keep their identity', async () => {
    lists = [page([pod('a', '1'), pod('b', '1')], '10')];
    const w = await started();
    const seen = jest.fn();
    w.subscribe(seen);
    const a = w.state.data?.find((p) => p.metadata.name === 'a');
    const s = streams[0];
    s.event('ADDED', pod('c', '11'));
    // an event split across two chunks
    const modified = JSON.stringify({ type: 'MODIFIED', object: pod('b', '12') });
    s.write(modified.slice(0, 20));
    s.write(`${modified.slice(20)}\n`);
    s.event('DELETED', pod('c', '13'));
    await settle();
    expect(seen).not.toHaveBeenCalled();
    jest.advanceTimersByTime(FLUSH_MS);
    expect(seen).toHaveBeenCalledTimes(1);
    expect(names(w)).toEqual(['a', 'b']);
    expect(w.state.data?.find((p) => p.metadata.name === 'b')?.metadata.resourceVersion).toBe('12');
    expect(w.state.data?.find((p) => p.metadata.name === 'a')).toBe(a);
    w.stop();
  });

  it('watches again from the last version seen when the server ends the watch', async () => {
    lists = [page([pod('a', '1')], '10')];
    const w = await started();
    streams[0].event('ADDED', pod('b', '11'));
    streams[0].event('BOOKMARK', { metadata: { resourceVersion: '15' } });
    jest.advanceTimersByTime(2000);
    streams[0].end();
    await settle();
    expect(listURLs).toHaveLength(1);
    expect(watchURLs[1]).toContain('resourceVersion=15');
    expect(names(w)).toEqual(['a', 'b']);
    w.stop();
  });

  it('applies what came before a dropped connection, and watches again from its last version', async () => {
    lists = [page([pod('a', '1')], '10')];
    const w = await started();
    streams[0].event('ADDED', pod('b', '12'));
    await settle();
    streams[0].fail();
    await settle();
    expect(names(w)).toEqual(['a', 'b']);
    expect(w.state.error).toBeUndefined();
    expect(watchURLs).toHaveLength(1);
    jest.advanceTimersByTime(1000);
    await settle();
    expect(listURLs).toHaveLength(1);
    expect(watchURLs[1]).toContain('resourceVersion=12');
    w.stop();
  });

  it('waits before watching again when a watch ends at once with nothing', async () => {
    lists = [page([pod('a', '1')], '10')];
    const w = await started();
    streams[0].end();
    await settle();
    expect(watchURLs).toHaveLength(1);
    jest.advanceTimersByTime(1000);
    await settle();
    expect(watchURLs).toHaveLength(2);
    streams[1].end();
    await settle();
    jest.advanceTimersByTime(1000);
    await settle();
    // the wait doubles
    expect(watchURLs).toHaveLength(2);
    jest.advanceTimersByTime(1000);
    await settle();
    expect(watchURLs).toHaveLength(3);
    w.stop();
  });

  it('lists again when the server says the version is too old, and the new list replaces', async () => {
    lists = [
      page([pod('a', '1'), pod('b', '1')], '10'),
      page([pod('b', '20'), pod('d', '20')], '21'),
    ];
    const w = await started();
    streams[0].event('ERROR', {
      code: 410,
      reason: 'Expired',
      message: 'too old resource version',
    });
    await settle();
    expect(listURLs).toHaveLength(2);
    expect(names(w)).toEqual(['b', 'd']);
    expect(watchURLs[1]).toContain('resourceVersion=21');
    w.stop();
  });

  it('gives a refused list as its error, keeps what it held, and asks again later', async () => {
    lists = [refused()];
    const w = await started();
    expect(w.state.loaded).toBe(false);
    expect(w.state.error).toBeDefined();
    expect(watchURLs).toHaveLength(0);
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
    const signal = jest.mocked(consoleFetch).mock.calls[0][1]?.signal as AbortSignal;
    one.unsubscribe();
    expect(signal.aborted).toBe(false);
    two.unsubscribe();
    expect(signal.aborted).toBe(true);
    lists = [page([], '30')];
    const three = subscribeListWatch<Pod>({ model: PodModel, limit: 5 }, jest.fn());
    expect(three.watch).not.toBe(one.watch);
    three.unsubscribe();
  });
});
