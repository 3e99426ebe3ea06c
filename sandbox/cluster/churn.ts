/**
 * Pod churn for benchmarks: N pod changes per second for a bounded time, then it stops by itself.
 * The changes cycle through create (a bare pod `churn-<n>` beside a random app pod, on its node),
 * relabel (a random app pod's `istio.io/dataplane-mode=none` label toggled, so its capture
 * changes), create again and delete (the oldest pod the churn created): the cluster grows by one
 * pod every four changes. The simulated controllers react to each change as
 * to any other write (the CNI agent annotates, un-annotates).
 */
import type { Api } from './api/core';
import { StatusError } from './api/errors';
import type { KObj } from './api/types';

export const CHURN_MAX_PER_SECOND = 1000;
export const CHURN_MAX_SECONDS = 600;
const TICK_MS = 50;
const MODE = 'istio.io/dataplane-mode';

export interface ChurnStatus {
  running: boolean;
  perSecond: number;
  durationSeconds: number;
  created: number;
  deleted: number;
  relabelled: number;
  /** Pods the churn created that still exist. */
  live: number;
  startedAt?: string;
  stoppedAt?: string;
}

/** A small deterministic generator (mulberry32), so runs with the same seed make the same changes. */
const rng = (seed: number) => {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export class Churn {
  private timer?: ReturnType<typeof setInterval>;
  private status: ChurnStatus = {
    running: false,
    perSecond: 0,
    durationSeconds: 0,
    created: 0,
    deleted: 0,
    relabelled: 0,
    live: 0,
  };
  private live: { ns: string; name: string }[] = [];
  /** The app pods (`app-*`, owned by a workload) when the churn started: what it relabels. */
  private candidates: { ns: string; name: string }[] = [];
  private seq = 0;
  private done = 0;
  private began = 0;
  private random = rng(1);

  constructor(private readonly api: Api) {}

  get state(): ChurnStatus {
    return { ...this.status, live: this.live.length };
  }

  start(perSecond: number, durationSeconds: number, seed = 1): ChurnStatus {
    if (!(perSecond > 0 && perSecond <= CHURN_MAX_PER_SECOND))
      throw new StatusError(400, 'BadRequest', `perSecond must be in (0, ${CHURN_MAX_PER_SECOND}]`);
    if (!(durationSeconds > 0 && durationSeconds <= CHURN_MAX_SECONDS))
      throw new StatusError(
        400,
        'BadRequest',
        `durationSeconds must be in (0, ${CHURN_MAX_SECONDS}]`,
      );
    this.stop();
    this.candidates = this.api.store
      .list('/pods')
      .map((e) => e.obj.metadata)
      .filter((m) => m.namespace?.startsWith('app-') && m.ownerReferences)
      .map((m) => ({ ns: m.namespace as string, name: m.name as string }));
    this.random = rng(seed);
    this.done = 0;
    this.began = Date.now();
    this.status = {
      running: true,
      perSecond,
      durationSeconds,
      created: 0,
      deleted: 0,
      relabelled: 0,
      live: this.live.length,
      startedAt: new Date(this.began).toISOString(),
    };
    this.timer = setInterval(() => this.tick(), TICK_MS);
    return this.state;
  }

  stop(): ChurnStatus {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
      this.status = { ...this.status, running: false, stoppedAt: new Date().toISOString() };
    }
    return this.state;
  }

  /** Catches up with the wall clock: the changes due by now, at most until the end. */
  private tick(): void {
    const { perSecond, durationSeconds } = this.status;
    const elapsed = Math.min(Date.now() - this.began, durationSeconds * 1000);
    const due = Math.floor((elapsed * perSecond) / 1000);
    for (; this.done < due; this.done += 1) this.change(this.done % 4);
    if (elapsed >= durationSeconds * 1000) this.stop();
  }

  private pods() {
    const rt = this.api.registry.byRid('/pods');
    if (!rt) throw new Error('pods are not served');
    return rt;
  }

  /** A random app pod that still exists. */
  private randomAppPod(): KObj | undefined {
    for (let i = 0; i < 20 && this.candidates.length; i += 1) {
      const c = this.candidates[Math.floor(this.random() * this.candidates.length)];
      const o = this.api.store.get('/pods', c.ns, c.name);
      if (o) return o;
    }
    return undefined;
  }

  private change(kind: number): void {
    try {
      if (kind === 0 || kind === 2) this.create();
      else if (kind === 1) this.relabel();
      else this.remove();
    } catch {
      // a pod deleted meanwhile by someone else: skip this change
    }
  }

  private create(): void {
    const model = this.randomAppPod();
    if (!model) return;
    this.seq += 1;
    const ns = model.metadata.namespace as string;
    const name = `churn-${this.seq}`;
    const labels: Record<string, string> = {
      ...(model.metadata.labels ?? {}),
      'sandbox-churn': 'true',
    };
    delete labels[MODE];
    this.api.create(this.pods(), 'v1', ns, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: ns, labels },
      spec: model.spec,
      status: model.status,
    });
    this.live.push({ ns, name });
    this.status.created += 1;
  }

  private relabel(): void {
    const pod = this.randomAppPod();
    if (!pod) return;
    this.api.mutate(
      this.pods(),
      pod.metadata.namespace as string,
      pod.metadata.name as string,
      (o) => {
        const labels = (o.metadata.labels ??= {});
        if (labels[MODE] === 'none') delete labels[MODE];
        else labels[MODE] = 'none';
      },
    );
    this.status.relabelled += 1;
  }

  private remove(): void {
    const next = this.live.shift();
    if (!next) return;
    this.api.delete(this.pods(), next.ns, next.name);
    this.status.deleted += 1;
  }
}
