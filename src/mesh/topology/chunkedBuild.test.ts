import { ChunkedBuilder, SLICE_MS } from './chunkedBuild';
import { TopologyBuild, buildTopology } from './model';
import { TopologyCache } from './rowCache';
import type { TopologyInput, TopologyModel } from './types';
import { generateCluster, ns } from '../../testing/objects';

const input = generateCluster({ nodes: 10, namespaces: 20, pods: 1000 });
const ids = (m: TopologyModel) => m.rows.map((r) => r.id);

/** A clock that moves TICK ms each time it is read, and a pause that counts the slices. */
const TICK = 5;
const setup = (
  cache = new TopologyCache(),
  idle: () => Promise<number> = () => Promise.resolve(SLICE_MS),
) => {
  let t = 0;
  const published: { model: TopologyModel; input: TopologyInput }[] = [];
  const slices = { count: 0 };
  const builder = new ChunkedBuilder(
    cache,
    (model, from) => published.push({ model, input: from }),
    () => (t += TICK),
    () => {
      slices.count += 1;
      return Promise.resolve();
    },
    idle,
  );
  return { builder, published, slices };
};

const idle = async () => {
  for (let i = 0; i < 200; i += 1) await Promise.resolve();
};

describe('ChunkedBuilder', () => {
  it('builds in slices and publishes the same model as a build at once', async () => {
    const { builder, published, slices } = setup();
    builder.request(input);
    await idle();
    expect(published).toHaveLength(1);
    expect(ids(published[0].model)).toEqual(ids(buildTopology(input)));
    expect(published[0].model.namespaces).toEqual(buildTopology(input).namespaces);
    expect(published[0].model.nodes).toEqual(buildTopology(input).nodes);
    // the clock read every 64 pods, TICK ms a read: a pause at least every SLICE_MS / TICK reads
    expect(slices.count).toBeGreaterThanOrEqual(
      Math.floor(input.pods.length / ((64 * SLICE_MS) / TICK)),
    );
    expect(slices.count).toBeGreaterThan(0);
  });

  it('finishes the running build, then builds only the newest request', async () => {
    const { builder, published } = setup();
    const a = input;
    const b = { ...input, pods: input.pods.slice(0, 500) };
    const c = { ...input, pods: input.pods.slice(0, 300) };
    builder.request(a);
    builder.request(b);
    builder.request(c);
    await idle();
    expect(published.map((p) => p.input)).toEqual([a, c]);
    expect(published[1].model.rows).toHaveLength(buildTopology(c).rows.length);
  });

  /** A cache that counts the rows it derives. */
  const countingCache = () => {
    const cache = new TopologyCache();
    const made = jest.fn();
    const row = cache.row.bind(cache);
    jest.spyOn(cache, 'row').mockImplementation((pod, ctx, ztunnel, make) =>
      row(pod, ctx, ztunnel, () => {
        made();
        return make();
      }),
    );
    return { cache, made };
  };

  it('warms rows without publishing, page after page, and the build of all of them reuses them', async () => {
    const { cache, made } = countingCache();
    const { builder, published } = setup(cache);
    const firstPage = { ...input, pods: input.pods.slice(0, 200) };
    builder.request(firstPage);
    await idle();
    expect(published).toHaveLength(1);
    expect(made).toHaveBeenCalledTimes(200);
    // the pages after it, each a longer list of the same pod objects
    builder.warm({ ...input, pods: input.pods.slice(0, 600) });
    await idle();
    builder.warm({ ...input, pods: input.pods.slice(0, 900) });
    await idle();
    expect(published).toHaveLength(1);
    expect(made).toHaveBeenCalledTimes(900);
    builder.request(input);
    await idle();
    expect(published).toHaveLength(2);
    // only the pods no page had brought were derived
    expect(made).toHaveBeenCalledTimes(input.pods.length);
    // and the model is the one a build from scratch makes
    expect(published[1].model).toEqual(buildTopology(input));
  });

  it('a warm-up derives rows only: no namespace summary, no model', async () => {
    const cache = new TopologyCache();
    const contexts = jest.spyOn(cache, 'context');
    const finish = jest.spyOn(TopologyBuild.prototype, 'finish');
    const { builder } = setup(cache);
    // a namespace without pods: a build summarises it, a warm-up has no reason to look at it
    builder.warm({ ...input, namespaces: [...input.namespaces, ns('no-pods')] });
    await idle();
    expect(finish).not.toHaveBeenCalled();
    expect(contexts).toHaveBeenCalled();
    expect(contexts.mock.calls.map(([name]) => name)).not.toContain('no-pods');
    finish.mockRestore();
  });

  it('gives way to a request: a warm-up stops, the request is published', async () => {
    const { builder, published } = setup();
    builder.warm(input);
    builder.request({ ...input, pods: input.pods.slice(0, 100) });
    await idle();
    expect(published).toHaveLength(1);
    expect(published[0].input.pods).toHaveLength(100);
  });

  it('warms only while the browser is idle, and never holds back a request', async () => {
    const { cache, made } = countingCache();
    const idleCalls: ((ms: number) => void)[] = [];
    const { builder, published } = setup(
      cache,
      () => new Promise<number>((resolve) => idleCalls.push(resolve)),
    );
    builder.warm({ ...input, pods: input.pods.slice(0, 300) });
    await idle();
    // busy: nothing derived until the browser says it is idle
    expect(made).not.toHaveBeenCalled();
    expect(idleCalls).toHaveLength(1);
    idleCalls[0](TICK * 2);
    await idle();
    // a short idle period: one short slice, then it waits again
    const afterOne = made.mock.calls.length;
    expect(afterOne).toBeGreaterThan(0);
    expect(afterOne).toBeLessThan(300);
    expect(idleCalls).toHaveLength(2);
    // a build asked for meanwhile runs at once, without waiting for the browser to be idle
    builder.request({ ...input, pods: input.pods.slice(0, 100) });
    await idle();
    expect(published).toHaveLength(1);
    expect(published[0].input.pods).toHaveLength(100);
    expect(idleCalls).toHaveLength(2);
    // then the warm-up goes on when idle, and no row is derived twice
    idleCalls[1](SLICE_MS);
    await idle();
    expect(made).toHaveBeenCalledTimes(300);
    expect(published).toHaveLength(1);
  });

  it('never warms rows for other Gateways than those of the rows kept, which it would drop', async () => {
    const { cache, made } = countingCache();
    const { builder } = setup(cache);
    builder.request(input);
    await idle();
    expect(made).toHaveBeenCalledTimes(input.pods.length);
    // a live list with a new Gateways list, the build shown still on the old one
    builder.warm({ ...input, gateways: [...input.gateways] });
    await idle();
    builder.request(input);
    await idle();
    // neither the warm-up nor the build after it derived a row again
    expect(made).toHaveBeenCalledTimes(input.pods.length);
  });

  it('publishes nothing once stopped', async () => {
    const { builder, published } = setup();
    builder.request(input);
    builder.stop();
    await idle();
    expect(published).toHaveLength(0);
  });
});
