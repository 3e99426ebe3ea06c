import { TopologyBuild } from './model';
import type { TopologyCache } from './rowCache';
import type { TopologyInput, TopologyModel } from './types';

/** How long one slice of a build may run before it yields to the browser. */
export const SLICE_MS = 40;

/** Lets the browser run (input, paint, other tasks) before the next slice: a fresh task. */
export const yieldToBrowser = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * Waits until the browser has nothing else to run (`requestIdleCallback`), and says for how many
 * ms: a warm-up uses only that time, so it never holds back a list's next page or a frame. A
 * browser without it (Safari) gets a fresh task and a slice as long as a build's.
 */
const nextIdlePeriod = (): Promise<number> =>
  typeof requestIdleCallback === 'function'
    ? new Promise((resolve) => void requestIdleCallback((d) => resolve(d.timeRemaining())))
    : yieldToBrowser().then(() => SLICE_MS);

type Now = () => number;
const defaultNow: Now = () => performance.now();

/**
 * Builds the topology off the render path, in slices of at most about `SLICE_MS`, so that no
 * task of a build blocks the page for long, on the first load of 20,000 pods or under churn.
 * Builds run one at a time; a request made while one runs waits for it, and only the newest
 * waits (latest wins), so a build is never abandoned half-way and a steady stream of updates
 * still shows.
 * A warm-up (`warm`: the pages of a list while it loads, held back from the model) derives the
 * rows of an input into the cache without publishing a model, so that the build of the complete
 * list finds them: a slice at a time when the browser is idle (waiting for the next page, not
 * parsing one), never while a build runs (a build started drops the warm-up under way), and never
 * for other inputs shared by every row than the cache's rows (the next build would drop them).
 */
export class ChunkedBuilder {
  private pending?: TopologyInput;
  private warmup?: TopologyInput;
  private warming?: { input: TopologyInput; build: TopologyBuild };
  private idleAsked = false;
  private running = false;
  private stopped = false;

  constructor(
    private readonly cache: TopologyCache,
    private readonly publish: (model: TopologyModel, input: TopologyInput) => void,
    private readonly now: Now = defaultNow,
    private readonly pause: () => Promise<void> = yieldToBrowser,
    private readonly idle: () => Promise<number> = nextIdlePeriod,
  ) {}

  /** Builds `input` and publishes its model (after any build already running). */
  request(input: TopologyInput): void {
    this.pending = input;
    void this.run();
  }

  /** Derives the rows of `input` when the browser is idle, without publishing a model. */
  warm(input: TopologyInput): void {
    this.warmup = input;
    this.warmWhenIdle();
  }

  stop(): void {
    this.stopped = true;
  }

  private warmWhenIdle(): void {
    if (this.idleAsked || this.stopped) return;
    this.idleAsked = true;
    void this.idle().then((ms) => {
      this.idleAsked = false;
      this.warmSlice(ms);
    });
  }

  /** One slice of the warm-up, of at most `ms` (and `SLICE_MS`); a build waits for none. */
  private warmSlice(ms: number): void {
    // a build running takes the warm-up up again when it is done
    if (this.stopped || this.running) return;
    if (this.warmup) {
      const input = this.warmup;
      this.warmup = undefined;
      this.warming = this.cache.accepts(input)
        ? { input, build: new TopologyBuild(input, this.cache, true) }
        : undefined;
    }
    if (!this.warming) return;
    const until = this.now() + Math.max(1, Math.min(ms, SLICE_MS));
    if (this.warming.build.step(() => this.now() >= until)) this.warming = undefined;
    if (this.warming || this.warmup) this.warmWhenIdle();
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        if (this.stopped) return;
        const input = this.pending;
        if (!input) return;
        this.pending = undefined;
        // the build may start the cache again: a warm-up under way would derive rows for the old
        // inputs into it
        if (this.warming) this.warmup ??= this.warming.input;
        this.warming = undefined;
        const build = new TopologyBuild(input, this.cache);
        for (;;) {
          const until = this.now() + SLICE_MS;
          if (build.step(() => this.now() >= until)) break;
          await this.pause();
          if (this.stopped) return;
        }
        this.publish(build.finish(), input);
        if (this.pending) await this.pause();
      }
    } finally {
      this.running = false;
      if (this.warmup && !this.stopped) this.warmWhenIdle();
    }
  }
}
