import { ChunkedBuilder, SLICE_MS } from './chunkedBuild';
import { buildTopology } from './model';
import { TopologyCache } from './rowCache';
import type { TopologyInput, TopologyModel } from './types';
import { generateCluster } from '../../testing/objects';

const input = generateCluster({ nodes: 10, namespaces: 20, pods: 1000 });
const ids = (m: TopologyModel) => m.rows.map((r) => r.id);

/** A clock that moves TICK ms each time it is read, and a pause that counts the slices. */
const TICK = 5;
const setup = (cache = new TopologyCache()) => {
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

  it('publishes nothing once stopped', async () => {
    const { builder, published } = setup();
    builder.request(input);
    builder.stop();
    await idle();
    expect(published).toHaveLength(0);
  });
});
