import {
  consoleFetch,
  type K8sModel,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { httpStatus } from '../../k8s/errors';
import {
  applyEvents,
  eventVersion,
  objectKey,
  type ChangeEvent,
  type WatchEvent,
} from '../../k8s/common/watchStream';

/**
 * A list the plugin lists and watches itself, through the console's API proxy: each page with the
 * SDK's `consoleFetch` (the console's headers, impersonation included), then a WebSocket watch
 * from the list's resourceVersion, as the console's own (the socket carries no impersonation: the
 * plugin cannot read it; a user impersonating another lists as that user and watches the same
 * list as themselves).
 *
 * Why not `useK8sWatchResource`: the console's store deep-converts every object of a watched
 * list into Immutable (`fromJS`), and converts each one back (`toJSON`) for the hook; on 20,000
 * pods that is seconds of the browser's main thread in one task, and as much memory again. Here
 * the objects are kept as parsed, and an object that did not change keeps its identity.
 *
 * Like the console: pages follow `continue` to the last; each page is handed to the subscribers
 * as it comes; the watch starts from the list's resourceVersion; events are gathered and applied
 * every `FLUSH_MS`; the server's `ERROR` (410: the version is too old) lists again. Unlike it: a
 * watch is ended by the server after `WATCH_TIMEOUT_S` and started again from the last version
 * seen; watch bookmarks keep the version recent.
 */
export type ListWatchState<T> = { data: T[] | undefined; loaded: boolean; error: unknown };

export type ListWatchSpec = {
  model: K8sModel;
  namespace?: string;
  labelSelector?: string;
  /** Objects per page of the list (`limit`); the console's 250 when not given. */
  limit?: number;
};

export const FLUSH_MS = 500;
export const WATCH_TIMEOUT_S = 300;
const PAGE_LIMIT = 250;
const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 15000;
/** A watch that ended sooner than this after it started counts as a failure. */
const MIN_WATCH_MS = 1000;
const backoff = (failures: number) => Math.min(RETRY_MIN_MS * 2 ** (failures - 1), RETRY_MAX_MS);
/** A list the server refused (403, 404) is asked for again after this long, as the console does. */
export const REFUSED_RETRY_MS = 15000;

type ServerFlags = { basePath?: string };
const basePath = (): string =>
  (window as Window & { SERVER_FLAGS?: ServerFlags }).SERVER_FLAGS?.basePath ?? '/';

/** The URL of a list under the console's API proxy, with its query. */
export const listURL = (spec: ListWatchSpec, query: Record<string, string | undefined>): string => {
  const { model, namespace, labelSelector } = spec;
  const group = model.apiGroup ? `apis/${model.apiGroup}` : 'api';
  const ns = namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  const params = new URLSearchParams();
  if (labelSelector) params.set('labelSelector', labelSelector);
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, v);
  const qs = params.toString();
  return `${basePath()}api/kubernetes/${group}/${model.apiVersion}${ns}/${model.plural}${qs ? `?${qs}` : ''}`;
};

type ListBody<T> = { items?: T[]; metadata?: { continue?: string; resourceVersion?: string } };

/**
 * A page of at least this many objects (the large pages of the cluster-wide pods and namespaces)
 * is read through a `Blob`. The browser then stores the body as it arrives, away from the page's
 * main thread, and hands it over in one read; `arrayBuffer()` moves each block of the body
 * through the main thread as it comes, which on 20,000 pods (42 MB) held that thread for 400 to
 * 600 ms and slowed the transfer itself. A small page is read as bytes at once: the Blob's extra
 * step would only delay it.
 */
export const BLOB_READ_MIN_LIMIT = 1000;

/**
 * One page of a list, through `consoleFetch` (the console's headers and errors), its body read as
 * bytes and decoded at once: for a page of tens of megabytes that is a third faster than the text
 * read `consoleFetchJSON` makes, and holds the browser's main thread half as long.
 */
const readPage = async <T>(url: string, large: boolean): Promise<ListBody<T>> => {
  const response = await consoleFetch(url, { headers: { Accept: 'application/json' } });
  const bytes = large ? await (await response.blob()).arrayBuffer() : await response.arrayBuffer();
  return JSON.parse(new TextDecoder().decode(bytes)) as ListBody<T>;
};

export class ListWatch<T extends K8sResourceCommon> {
  state: ListWatchState<T> = { data: undefined, loaded: false, error: undefined };
  private items = new Map<string, T>();
  private readonly listeners = new Set<() => void>();
  private pending: ChangeEvent<T>[] = [];
  private flushTimer?: ReturnType<typeof setTimeout>;
  private retry?: { timer: ReturnType<typeof setTimeout>; wake: () => void };
  private socket?: WebSocket;
  private stopped = false;
  /** The resourceVersion to watch from: the list's, then the last event's. */
  private version?: string;

  constructor(readonly spec: ListWatchSpec) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  start(): void {
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    if (this.socket) this.detach(this.socket).close();
    clearTimeout(this.flushTimer);
    if (this.retry) clearTimeout(this.retry.timer);
    this.retry?.wake();
  }

  /** Stops listening to a socket (it is this watch's no more). */
  private detach(socket: WebSocket): WebSocket {
    socket.onclose = null;
    socket.onmessage = null;
    if (this.socket === socket) this.socket = undefined;
    return socket;
  }

  private publish(next: Partial<ListWatchState<T>>) {
    this.state = { ...this.state, ...next };
    this.listeners.forEach((l) => l());
  }

  /** Lists page by page; the first page replaces what was held. Returns the list's version. */
  private async list(): Promise<string | undefined> {
    const limit = this.spec.limit ?? PAGE_LIMIT;
    let cont: string | undefined;
    let version: string | undefined;
    do {
      const url = listURL(this.spec, { limit: String(limit), continue: cont });
      const body = await readPage<T>(url, limit >= BLOB_READ_MIN_LIMIT);
      if (this.stopped) return undefined;
      if (cont === undefined) this.items = new Map();
      for (const o of body.items ?? []) this.items.set(objectKey(o), o);
      cont = body.metadata?.continue || undefined;
      version = body.metadata?.resourceVersion;
      this.publish({ data: [...this.items.values()], loaded: true, error: undefined });
    } while (cont);
    return version;
  }

  /**
   * Watches from `this.version` over a WebSocket through the console's proxy, as the console
   * watches (an HTTP watch would hold one of the browser's six connections to the console for
   * as long as it runs, in every tab), keeping `this.version` at the last event's. Resolves when
   * the server ends the watch, with whether the list must be read again (the server's `ERROR`);
   * rejects when the socket closes before it opened.
   */
  private watch(): Promise<'ended' | 'relist'> {
    return new Promise((resolve, reject) => {
      const path = listURL(this.spec, {
        watch: 'true',
        resourceVersion: this.version,
        allowWatchBookmarks: 'true',
        timeoutSeconds: String(WATCH_TIMEOUT_S),
      });
      const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
      const socket = new WebSocket(`${scheme}//${window.location.host}${path}`);
      this.socket = socket;
      let opened = false;
      const end = (outcome: 'ended' | 'relist') => {
        this.detach(socket);
        this.flush();
        resolve(outcome);
      };
      socket.onopen = () => {
        opened = true;
      };
      socket.onmessage = (message: MessageEvent<string>) => {
        const event = JSON.parse(message.data) as WatchEvent<T>;
        if (event.type === 'ERROR') {
          end('relist');
          socket.close();
          return;
        }
        this.version = eventVersion(event) ?? this.version;
        if (event.type === 'BOOKMARK') return;
        this.pending.push(event);
        this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
      };
      socket.onclose = () => {
        if (opened) end('ended');
        else {
          this.detach(socket);
          reject(new Error(`the watch of ${path} could not be opened`));
        }
      };
    });
  }

  private flush() {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const events = this.pending.splice(0);
    if (this.stopped || events.length === 0) return;
    if (applyEvents(this.items, events))
      this.publish({ data: [...this.items.values()], loaded: true, error: undefined });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        this.retry = undefined;
        resolve();
      };
      this.retry = { timer: setTimeout(wake, ms), wake };
    });
  }

  private async run() {
    let listed = false;
    let failures = 0;
    while (!this.stopped) {
      try {
        if (!listed) {
          this.version = await this.list();
          listed = true;
        }
        const from = this.version;
        const started = Date.now();
        const outcome = await this.watch();
        listed = outcome === 'ended';
        // a watch the server or a proxy ended at once, with nothing, is started again only
        // after a while (a 410 lists again at once)
        const atOnce = listed && this.version === from && Date.now() - started < MIN_WATCH_MS;
        failures = atOnce ? failures + 1 : 0;
        if (failures) await this.sleep(backoff(failures));
      } catch (e) {
        if (this.stopped) return;
        // the events read before a stream failed are applied all the same
        this.flush();
        const code = httpStatus(e);
        if (code === 410) {
          listed = false;
          continue;
        }
        // a list that failed is the watch's error (what was held is kept, as the console does);
        // a watch that failed is started again from the last version seen
        if (!listed) this.publish({ error: e });
        failures += 1;
        const refused = code !== undefined && code < 500;
        await this.sleep(refused ? REFUSED_RETRY_MS : backoff(failures));
      }
    }
  }
}

const watches = new Map<string, ListWatch<K8sResourceCommon>>();

/** The one shared ListWatch of a spec, started on its first subscriber, stopped after its last. */
export const subscribeListWatch = <T extends K8sResourceCommon>(
  spec: ListWatchSpec,
  listener: () => void,
): { watch: ListWatch<T>; unsubscribe: () => void } => {
  const key = listURL(spec, { limit: String(spec.limit ?? '') });
  let w = watches.get(key);
  if (!w) {
    w = new ListWatch<K8sResourceCommon>(spec);
    watches.set(key, w);
    w.start();
  }
  const live = w;
  const off = live.subscribe(listener);
  return {
    watch: live as unknown as ListWatch<T>,
    unsubscribe: () => {
      off();
      if (live.subscribers === 0) {
        live.stop();
        if (watches.get(key) === live) watches.delete(key);
      }
    },
  };
};
