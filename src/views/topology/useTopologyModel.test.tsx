import * as React from 'react';
import { act, render } from '@testing-library/react';
import { generateCluster } from '../../testing/objects';
import { TopologyCache } from '../../mesh/topology/rowCache';
import type { TopologyInput } from '../../mesh/topology/types';
import { buildTopology } from '../../mesh/topology/model';
import { type BuiltModel, SYNC_MAX_PODS, useTopologyModel } from './useTopologyModel';

jest.mock('../../mesh/topology/model', () => {
  const actual = jest.requireActual('../../mesh/topology/model');
  return { ...actual, buildTopology: jest.fn(actual.buildTopology) };
});
const built = jest.mocked(buildTopology);

const seen: { current?: BuiltModel; renders: BuiltModel[] } = { renders: [] };
const Probe: React.FC<{ input: TopologyInput; cache: TopologyCache; complete: boolean }> = ({
  input,
  cache,
  complete,
}) => {
  seen.current = useTopologyModel(input, cache, { complete });
  seen.renders.push(seen.current);
  return null;
};

/** Lets the builder's slices (each a fresh task) run. */
const settle = async () => {
  for (let i = 0; i < 20; i += 1) {
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
};

describe('useTopologyModel', () => {
  beforeEach(() => built.mockClear());

  it('builds a small complete list during the render', () => {
    const input = generateCluster({ nodes: 2, namespaces: 3, pods: 30 });
    render(<Probe input={input} cache={new TopologyCache()} complete />);
    expect(built).toHaveBeenCalledWith(input, expect.anything());
    expect(seen.current?.current).toBe(true);
    expect(seen.current?.model.rows).toHaveLength(30);
  });

  it('builds a page of a list still loading after the render, and says so until then', async () => {
    const input = generateCluster({ nodes: 2, namespaces: 3, pods: 30 });
    expect(input.pods.length).toBeLessThanOrEqual(SYNC_MAX_PODS);
    const cache = new TopologyCache();
    render(<Probe input={input} cache={cache} complete={false} />);
    // during the render: only the placeholder without pods
    expect(built).not.toHaveBeenCalledWith(input, expect.anything());
    expect(built.mock.calls.every(([i]) => i.pods.length === 0)).toBe(true);
    await settle();
    expect(seen.current?.current).toBe(true);
    expect(seen.current?.model.rows).toHaveLength(30);
  });

  it('keeps showing the last model while the next one is built', async () => {
    const cache = new TopologyCache();
    const first = generateCluster({ nodes: 2, namespaces: 3, pods: 30 });
    const { rerender } = render(<Probe input={first} cache={cache} complete={false} />);
    await settle();
    const next = { ...first, pods: first.pods.slice(0, 10) };
    seen.renders = [];
    rerender(<Probe input={next} cache={cache} complete={false} />);
    // the render with the new input shows the previous model, marked as not current
    expect(seen.renders[0].current).toBe(false);
    expect(seen.renders[0].model.rows).toHaveLength(30);
    await settle();
    expect(seen.current?.current).toBe(true);
    expect(seen.current?.model.rows).toHaveLength(10);
  });
});
