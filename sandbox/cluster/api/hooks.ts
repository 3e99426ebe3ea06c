/**
 * Test hooks: injected faults, latency, dropped watches and the request log (under /sandbox/, admin
 * only). Written from what an API server under stress does: a request may be answered with a
 * `Status` error (409 when an object changed, 5xx when etcd or a webhook fails), be slow, or have
 * its watch connection closed (clients then list again and watch from the new resourceVersion).
 */
import { StatusError } from './errors';

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  reason: string;
  message: string;
  times: number;
  /** Matching requests to let through before the first failure ("in the middle of a run"). */
  after: number;
}

/** Extra time before matching requests are handled (a slow API server or webhook). */
export interface Latency {
  method: string;
  path: RegExp;
  ms: number;
  /** How many requests to slow down; 0: until cleared. */
  times: number;
}

/** An open watch connection, closed by `dropWatches`. */
interface OpenWatch {
  path: string;
  close: () => void;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `*` matches any method, `WRITE` any write (POST, PUT, PATCH, DELETE). */
const methodMatches = (rule: string, method: string): boolean =>
  rule === '*' || rule === method || (rule === 'WRITE' && WRITES.has(method));

const regex = (v: unknown, what: string): RegExp => {
  if (typeof v !== 'string') throw new StatusError(400, 'BadRequest', `${what} needs "path"`);
  try {
    return new RegExp(v);
  } catch (e) {
    throw new StatusError(400, 'BadRequest', `invalid "path": ${(e as Error).message}`);
  }
};

export interface RequestRecord {
  seq: number;
  method: string;
  path: string;
  query: string;
  user: string;
  contentType: string;
  status: number;
  watch: boolean;
}

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  410: 'Expired',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

export class TestHooks {
  faults: Fault[] = [];
  latencies: Latency[] = [];
  requests: RequestRecord[] = [];
  private seq = 0;
  private watches = new Set<OpenWatch>();

  addFault(body: Record<string, unknown>): Fault {
    const status = typeof body.status === 'number' ? body.status : 500;
    if (typeof body.path !== 'string' || typeof body.method !== 'string') {
      throw new StatusError(
        400,
        'BadRequest',
        'a fault needs "method" and "path" (a regular expression)',
      );
    }
    const f: Fault = {
      method: body.method.toUpperCase(),
      path: new RegExp(body.path),
      status,
      reason: typeof body.reason === 'string' ? body.reason : (REASONS[status] ?? 'InternalError'),
      message: typeof body.message === 'string' ? body.message : `injected fault (${status})`,
      times: typeof body.times === 'number' ? body.times : 1,
      after: typeof body.after === 'number' ? body.after : 0,
    };
    this.faults.push(f);
    return f;
  }

  /** The fault to answer this request with, if any (consumes one use). */
  takeFault(method: string, path: string): StatusError | undefined {
    const i = this.faults.findIndex((f) => methodMatches(f.method, method) && f.path.test(path));
    if (i < 0) return undefined;
    const f = this.faults[i];
    if (f.after > 0) {
      f.after -= 1;
      return undefined;
    }
    f.times -= 1;
    if (f.times <= 0) this.faults.splice(i, 1);
    return new StatusError(f.status, f.reason, f.message);
  }

  record(r: Omit<RequestRecord, 'seq'>): void {
    this.seq += 1;
    this.requests.push({ seq: this.seq, ...r });
    if (this.requests.length > 20000) this.requests.splice(0, this.requests.length - 10000);
  }

  addLatency(body: Record<string, unknown>): Latency {
    if (typeof body.ms !== 'number' || body.ms < 0 || body.ms > 600000)
      throw new StatusError(400, 'BadRequest', 'latency needs "ms" (0 to 600000)');
    const l: Latency = {
      method: typeof body.method === 'string' ? body.method.toUpperCase() : '*',
      path: regex(body.path, 'latency'),
      ms: body.ms,
      times: typeof body.times === 'number' ? body.times : 0,
    };
    this.latencies.push(l);
    return l;
  }

  /**
   * How long each event of a watch on `path` is held back (a rule with method `WATCH`): a lagging
   * watch, as behind a slow apiserver or proxy. Events keep their order; counted rules do not
   * count events.
   */
  watchLag(path: string): number {
    return this.latencies.find((l) => l.method === 'WATCH' && l.path.test(path))?.ms ?? 0;
  }

  /**
   * `send` with this watch's lag: each line waits the lag in force when it was produced, after the
   * lines before it.
   */
  lagged(path: string, send: (line: string) => void): (line: string) => void {
    let last = 0;
    return (line) => {
      const ms = this.watchLag(path);
      if (ms <= 0 && last <= Date.now()) {
        send(line);
        return;
      }
      const at = Math.max(Date.now() + ms, last);
      last = at;
      setTimeout(() => send(line), at - Date.now());
    };
  }

  /** Milliseconds to wait before handling this request (consumes one use of a counted rule). */
  takeLatency(method: string, path: string): number {
    const i = this.latencies.findIndex(
      (l) => l.method !== 'WATCH' && methodMatches(l.method, method) && l.path.test(path),
    );
    if (i < 0) return 0;
    const l = this.latencies[i];
    if (l.times > 0) {
      l.times -= 1;
      if (l.times === 0) this.latencies.splice(i, 1);
    }
    return l.ms;
  }

  /** Registers an open watch; returns the function that forgets it once it ends. */
  openWatch(path: string, close: () => void): () => void {
    const w = { path, close };
    this.watches.add(w);
    return () => this.watches.delete(w);
  }

  /** Closes the open watches whose URL path matches (all when none given); returns how many. */
  dropWatches(path?: RegExp): number {
    const hit = [...this.watches].filter((w) => !path || path.test(w.path));
    hit.forEach((w) => {
      this.watches.delete(w);
      w.close();
    });
    return hit.length;
  }
}
