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

type Now = () => number;
const defaultNow: Now = () => performance.now();

/**
 * Builds the topology off the render path, in slices of at most about `SLICE_MS`, so that no
 * task of a build blocks the page for long, on the first load of 20,000 pods or under churn.
 * Builds run one at a time; a request made while one runs waits for it, and only the newest
 * waits (latest wins), so a build is never abandoned half-way and a steady stream of updates
 * still shows. A warm-up (`warm`) builds the rows of an input without publishing it (the pages
 * of a list while it loads), so that the build of the complete list reuses them; it runs only
 * when nothing is to be published.
 */
export class ChunkedBuilder {
  private pending?: TopologyInput;
  private warmup?: TopologyInput;
  private running = false;
  private stopped = false;

  constructor(
    private readonly cache: TopologyCache,
    private readonly publish: (model: TopologyModel, input: TopologyInput) => void,
    private readonly now: Now = defaultNow,
    private readonly pause: () => Promise<void> = yieldToBrowser,
  ) {}

  /** Builds `input` and publishes its model (after any build already running). */
  request(input: TopologyInput): void {
    this.pending = input;
    void this.run();
  }

  /** Builds the rows of `input` when idle, without publishing a model. */
  warm(input: TopologyInput): void {
    this.warmup = input;
    void this.run();
  }

  stop(): void {
    this.stopped = true;
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        if (this.stopped) return;
        const input = this.pending ?? this.warmup;
        if (!input) return;
        const publishing = input === this.pending;
        if (publishing) this.pending = undefined;
        else this.warmup = undefined;
        // a warm-up only derives rows: the summaries and verdicts are made by the build shown
        const build = new TopologyBuild(input, this.cache, !publishing);
        for (;;) {
          const until = this.now() + SLICE_MS;
          if (build.step(() => this.now() >= until)) break;
          await this.pause();
          if (this.stopped) return;
          // a warm-up gives way to a model to publish
          if (!publishing && this.pending) break;
        }
        if (publishing) this.publish(build.finish(), input);
        if (this.pending || this.warmup) await this.pause();
      }
    } finally {
      this.running = false;
    }
  }
}
