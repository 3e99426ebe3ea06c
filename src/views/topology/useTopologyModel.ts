import * as React from 'react';
import { ChunkedBuilder } from '../../mesh/topology/chunkedBuild';
import { buildTopology } from '../../mesh/topology/model';
import type { TopologyCache } from '../../mesh/topology/rowCache';
import type { TopologyInput, TopologyModel } from '../../mesh/topology/types';

/**
 * Up to this many pods the model is built during the render, at once (a namespace, a small
 * cluster, the first page of a large list: the first rows show without waiting for a task);
 * above it, off the render path in slices (`ChunkedBuilder`).
 */
export const SYNC_MAX_PODS = 2000;

/**
 * The model of `input`. Large inputs are built in slices that yield to the browser; until the
 * build of a new input is done, the model of the previous one is shown. `warm` (the pages of a
 * list still loading) has its rows built ahead when idle, without showing them.
 */
export const useTopologyModel = (
  input: TopologyInput,
  cache: TopologyCache,
  warm?: TopologyInput,
): TopologyModel => {
  const small = input.pods.length <= SYNC_MAX_PODS;
  const syncModel = React.useMemo(
    () => (small ? buildTopology(input, cache) : undefined),
    [small, input, cache],
  );
  const [built, setBuilt] = React.useState<TopologyModel>();
  const [builder] = React.useState(() => new ChunkedBuilder(cache, (model) => setBuilt(model)));
  React.useEffect(() => () => builder.stop(), [builder]);
  React.useEffect(() => {
    if (!small) builder.request(input);
  }, [builder, small, input]);
  React.useEffect(() => {
    if (warm && warm.pods.length > SYNC_MAX_PODS) builder.warm(warm);
  }, [builder, warm]);
  // the last model shown, while a large one is being built
  const shown = React.useRef<TopologyModel>();
  const model = syncModel ?? built ?? shown.current ?? buildTopology(input, cache);
  shown.current = model;
  return model;
};
