import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { k8sGet, listPage } from '../k8s';
import { API_BASE, resourcePath } from '../resourceURL';
import {
  addToList,
  emptyList,
  loadList,
  readList,
  removeFromList,
  updateList,
  type ListStore,
} from './listStore';
import {
  BUFFER_MAX,
  FLUSH_MS,
  PAGE_LIMIT,
  POLL_MS,
  REFUSED_RETRY_MS,
  RETRY_MAX_MS,
  RETRY_MIN_MS,
  type WatchEvent,
  type WatchSpec,
  type WatchState,
} from './types';

const statusOf = (e: unknown) => (e as { code?: number } | undefined)?.code;

const notFound = (spec: WatchSpec) =>
  Object.assign(new Error(`${spec.model.kind} "${spec.name}" not found`), {
    code: 404,
    json: { code: 404, reason: 'NotFound', message: `${spec.model.kind} "${spec.name}" not found` },
  });

/**
 * One list or object, listed then watched over a WebSocket from the list's resourceVersion;
 * re-listed and re-watched when the socket drops. Shared by every hook that asks for the same
 * query.
 *
 * Lists load as the console's `watchK8sList` (openshift/console,
 * frontend/packages/console-dynamic-plugin-sdk/src/app/k8s/actions/k8s.ts, `incrementallyLoad`):
 * each page is requested with `{ limit: 250, ...query, continue }`, so a `limit` in the watched
 * resource sets the page size and the `continue` token is still followed to the last page. The
 * first page is dispatched as `loaded` (the list is loaded from then on, and objects a re-list no
 * longer returns are dropped) and each later page as `bulkAddToList`: one store update, so one
 * render of every subscriber, per page. The watch then starts from the last page's
 * resourceVersion with the query's selectors only (`k8sWatch` in `utils/k8s/k8s-utils.ts`);
 * its events are buffered and applied every 500 ms, at most the newest 1,000
 * (`ws-factory.ts`, `bufferMax`). A list is held and read back as the console's store does
 * (`listStore.ts`: Immutable objects, converted in and out).
 */
export class Watch {
  state: WatchState;
  private readonly listeners = new Set<() => void>();
  private list: ListStore = emptyList();
  private ws?: WebSocket;
  private buffer: WatchEvent[] = [];
  private flushTimer?: ReturnType<typeof setInterval>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private attempts = 0;
  private generation = 0;
  private stopped = false;

  constructor(readonly spec: WatchSpec) {
    this.state = { data: spec.isList ? [] : undefined, loaded: false, loadError: undefined };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers() {
    return this.listeners.size;
  }

  start() {
    void this.load();
  }

  stop() {
    this.stopped = true;
    this.generation += 1;
    clearTimeout(this.retryTimer);
    clearInterval(this.flushTimer);
    this.closeSocket();
  }

  private set(next: Partial<WatchState>) {
    this.state = { ...this.state, ...next };
    this.listeners.forEach((l) => l());
  }

  private listQuery(extra: Record<string, string | undefined>, limit?: string) {
    const { spec } = this;
    const fieldSelector = spec.isList ? spec.fieldSelector : `metadata.name=${spec.name}`;
    return resourcePath(spec.model, {
      ns: spec.ns,
      queryParams: {
        // `{ limit: 250, ...query }`: the key comes first, the watched resource's value wins
        limit,
        labelSelector: spec.isList ? spec.labelSelector : undefined,
        fieldSelector,
        ...extra,
      },
    });
  }

  private async load() {
    const gen = ++this.generation;
    this.closeSocket();
    try {
      const rv = this.spec.isList ? await this.loadList(gen) : await this.loadObject(gen);
      if (gen !== this.generation) return;
      if (rv === false) {
        // Named access only: poll, as the console polls single objects.
        this.retryTimer = setTimeout(() => void this.load(), POLL_MS);
      } else {
        this.openSocket(rv);
      }
    } catch (e) {
      if (gen !== this.generation) return;
      // As the console's `watchK8sList`: any error is the watch's `loadError` (a 403 or a 404
      // too: `optional` is a Firehose flag, which `useK8sWatchResource` does not read).
      const code = statusOf(e);
      this.set({ loaded: false, loadError: e });
      // a dropped connection or a server error is retried soon; a refused list (403, 404) is
      // listed again every 15 s, as the console's `pollAndWatch` does after a failed list (so a
      // permission granted later shows up)
      if (code === undefined || code >= 500) this.scheduleRetry();
      else this.retryTimer = setTimeout(() => void this.load(), REFUSED_RETRY_MS);
    }
  }

  private async loadList(gen: number): Promise<string | undefined> {
    const limit = String(this.spec.limit ?? PAGE_LIMIT);
    let cont: string | undefined;
    let rv: string | undefined;
    do {
      const body = await listPage(`${API_BASE}${this.listQuery({ continue: cont }, limit)}`);
      if (gen !== this.generation) return undefined;
      // `loaded` for the first page, `bulkAddToList` for each later one: one update per page.
      const items = body.items ?? [];
      this.list = cont === undefined ? loadList(this.list, items) : addToList(this.list, items);
      rv = body.metadata?.resourceVersion;
      cont = body.metadata?.continue || undefined;
      this.set({ data: readList(this.list), loaded: true, loadError: undefined });
    } while (cont);
    return rv;
  }

  /**
   * One object, through its list with `fieldSelector=metadata.name=` (no 404 when it does not
   * exist yet; the watch then sees it created). A user who may get but not list it is polled.
   */
  private async loadObject(gen: number): Promise<string | undefined | false> {
    const { model, ns, name } = this.spec;
    let obj: K8sResourceCommon | undefined;
    let rv: string | undefined | false;
    try {
      const body = await listPage(`${API_BASE}${this.listQuery({})}`);
      obj = body.items?.[0];
      rv = body.metadata?.resourceVersion;
    } catch (e) {
      if (statusOf(e) !== 403) throw e;
      obj = await k8sGet({ model, ns, name });
      rv = false;
    }
    if (gen !== this.generation) return undefined;
    if (obj) this.set({ data: obj, loaded: true, loadError: undefined });
    else this.set({ data: undefined, loaded: false, loadError: notFound(this.spec) });
    return rv;
  }

  private openSocket(rv: string | undefined) {
    const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const path = this.listQuery({ watch: 'true', resourceVersion: rv });
    const ws = new WebSocket(`${proto}//${window.location.host}${API_BASE}${path}`);
    this.ws = ws;
    ws.onopen = () => {
      this.attempts = 0;
    };
    ws.onmessage = (ev: MessageEvent<string>) => {
      try {
        this.buffer.push(JSON.parse(ev.data) as WatchEvent);
        if (this.buffer.length > BUFFER_MAX) this.buffer.shift();
      } catch {
        return;
      }
      this.flushTimer ??= setInterval(() => this.flush(), FLUSH_MS);
    };
    ws.onclose = () => {
      if (this.ws !== ws || this.stopped) return;
      this.ws = undefined;
      this.flush();
      this.scheduleRetry();
    };
  }

  private closeSocket() {
    const ws = this.ws;
    this.ws = undefined;
    this.buffer = [];
    if (ws) {
      ws.onclose = null;
      ws.onmessage = null;
      ws.close();
    }
  }

  private scheduleRetry() {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    const delay = Math.min(RETRY_MIN_MS * 2 ** this.attempts, RETRY_MAX_MS);
    this.attempts += 1;
    this.retryTimer = setTimeout(() => void this.load(), delay);
  }

  private flush() {
    clearInterval(this.flushTimer);
    this.flushTimer = undefined;
    const events = this.buffer.splice(0);
    if (events.length === 0) return;
    let relist = false;
    const before = this.list;
    let object = this.state.data as K8sResourceCommon | undefined;
    let loadError = this.state.loadError;
    for (const ev of events) {
      if (ev.type === 'ERROR') {
        relist = true;
      } else if (ev.type === 'ADDED' || ev.type === 'MODIFIED') {
        if (this.spec.isList) this.list = updateList(this.list, ev.object);
        object = ev.object;
        loadError = undefined;
      } else if (ev.type === 'DELETED') {
        if (this.spec.isList) this.list = removeFromList(this.list, ev.object);
        object = undefined;
        loadError = notFound(this.spec);
      }
    }
    if (this.spec.isList) {
      // a list the events left as it was (only resourceVersions moved) renders nothing
      if (this.list !== before || this.state.loadError)
        this.set({ data: readList(this.list), loaded: true, loadError: undefined });
    } else {
      this.set({ data: object, loaded: !!object, loadError });
    }
    if (relist) {
      // 410 Gone (or any watch error): start again from a fresh list.
      this.closeSocket();
      this.attempts = 0;
      void this.load();
    }
  }
}
