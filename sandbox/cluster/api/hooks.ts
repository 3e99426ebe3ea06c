/** Test hooks: injected faults and the request log (under /sandbox/, admin only). */
import { StatusError } from './errors';

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  reason: string;
  message: string;
  times: number;
}

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
  requests: RequestRecord[] = [];
  private seq = 0;

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
    };
    this.faults.push(f);
    return f;
  }

  /** The fault to answer this request with, if any (consumes one use). */
  takeFault(method: string, path: string): StatusError | undefined {
    const i = this.faults.findIndex((f) => f.method === method && f.path.test(path));
    if (i < 0) return undefined;
    const f = this.faults[i];
    f.times -= 1;
    if (f.times <= 0) this.faults.splice(i, 1);
    return new StatusError(f.status, f.reason, f.message);
  }

  record(r: Omit<RequestRecord, 'seq'>): void {
    this.seq += 1;
    this.requests.push({ seq: this.seq, ...r });
    if (this.requests.length > 20000) this.requests.splice(0, this.requests.length - 10000);
  }
}
