/** A tiny controller runtime: keyed work queue with a step delay, fed by store events (no polling). */
import type { Api } from '../api/core';
import type { ResourceType } from '../api/registry';
import { ridOf } from '../api/registry';
import type { StoreEvent } from '../api/store';
import type { KObj } from '../api/types';

export class Runtime {
  private pending = new Map<string, () => void>();
  private timer: NodeJS.Timeout | undefined;
  private idleWaiters: (() => void)[] = [];
  private running = false;
  private stopped = false;
  /** While paused, events are ignored (used while seeding objects written in their final state). */
  paused = false;
  errors: unknown[] = [];

  constructor(
    readonly api: Api,
    public delayMs: number,
  ) {}

  rt(group: string, plural: string): ResourceType {
    const rt = this.api.registry.byRid(ridOf(group, plural));
    if (!rt) throw new Error(`resource ${plural}.${group} is not served`);
    return rt;
  }

  maybeRt(group: string, plural: string): ResourceType | undefined {
    return this.api.registry.byRid(ridOf(group, plural));
  }

  on(group: string, plural: string, fn: (e: StoreEvent) => void): void {
    const rid = ridOf(group, plural);
    this.api.store.subscribe((e) => {
      if (e.rid === rid && !this.stopped && !this.paused) fn(e);
    });
  }

  /** Queues `fn` under `key` (a later enqueue of the same key replaces it) to run after the step delay. */
  enqueue(key: string, fn: () => void, immediate = false): void {
    if (this.stopped) return;
    this.pending.delete(key);
    this.pending.set(key, fn);
    this.arm(immediate);
  }

  private arm(immediate: boolean): void {
    if (this.timer || this.running) return;
    const run = (): void => this.drain();
    this.timer = (
      this.delayMs > 0 && !immediate ? setTimeout(run, this.delayMs) : setTimeout(run, 0)
    ) as NodeJS.Timeout;
  }

  private drain(): void {
    this.timer = undefined;
    this.running = true;
    const batch = [...this.pending.values()];
    this.pending.clear();
    for (const fn of batch) {
      try {
        fn();
      } catch (e) {
        this.errors.push(e);
        if (process.env.SANDBOX_DEBUG) console.error('controller error', e);
      }
    }
    this.running = false;
    if (this.pending.size > 0) this.arm(false);
    else {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** Resolves once no work is queued. */
  settle(): Promise<void> {
    if (this.pending.size === 0 && !this.running && !this.timer) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.pending.clear();
    for (const w of this.idleWaiters) w();
  }
}

export const keyOf = (o: KObj): string => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

export const ownerRef = (o: KObj, controller = true) => ({
  apiVersion: o.apiVersion as string,
  kind: o.kind as string,
  name: o.metadata.name as string,
  uid: o.metadata.uid as string,
  controller,
  blockOwnerDeletion: true,
});

export const controllerOf = (o: KObj) => o.metadata.ownerReferences?.find((r) => r.controller);
