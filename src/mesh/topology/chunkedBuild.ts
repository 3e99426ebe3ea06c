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
 * still shows.
 */
export class ChunkedBuilder {
  private pending?: TopologyInput;
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

  stop(): void {
    this.stopped = true;
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
    }
  }
}
