import * as React from 'react';
import { ChunkedBuilder } from '../../mesh/topology/chunkedBuild';
import { buildTopology } from '../../mesh/topology/model';
import type { TopologyCache } from '../../mesh/topology/rowCache';
import type { TopologyInput, TopologyModel } from '../../mesh/topology/types';
import { noItems } from '../../resources/common/watch';

/**
 * Up to this many pods of a complete list (a namespace, a small cluster) the model is built
 * during the render, at once; above it, or while the list is still loading, off the render path
 * in slices (`ChunkedBuilder`).
 */
export const SYNC_MAX_PODS = 2000;

export type BuiltModel = {
  model: TopologyModel;
  /** The model is that of `input`: not the previous one, shown while it is being built. */
  current: boolean;
};

/**
 * The model of `input`. Small complete inputs are built during the render. Others are built in
 * slices that yield to the browser, and until that build is done the model of the previous input
 * is shown: so a page of a list that is still loading is never built inside the watch's update,
 * which would hold back the request for the next page. `warm` (the newest pages of a list still
 * loading, while `input` is held back) has its rows derived ahead when the browser is idle,
 * without showing them. While not `enabled` (inputs every row depends on are still loading),
 * nothing is built: the rows would be derived again once they are in.
 */
export const useTopologyModel = (
  input: TopologyInput,
  cache: TopologyCache,
  {
    complete = true,
    enabled = true,
    warm,
  }: { complete?: boolean; enabled?: boolean; warm?: TopologyInput } = {},
): BuiltModel => {
  const sync = enabled && complete && input.pods.length <= SYNC_MAX_PODS;
  const syncModel = React.useMemo(
    () => (sync ? buildTopology(input, cache) : undefined),
    [sync, input, cache],
  );
  const [built, setBuilt] = React.useState<{ model: TopologyModel; input: TopologyInput }>();
  const [builder] = React.useState(
    () => new ChunkedBuilder(cache, (model, of) => setBuilt({ model, input: of })),
  );
  React.useEffect(() => () => builder.stop(), [builder]);
  React.useEffect(() => {
    if (enabled && !sync) builder.request(input);
  }, [builder, enabled, sync, input]);
  React.useEffect(() => {
    if (enabled && warm && warm !== input) builder.warm(warm);
  }, [builder, enabled, warm, input]);
  // the last model shown, while another is being built
  const shown = React.useRef<TopologyModel>();
  const current = enabled && (!!syncModel || built?.input === input);
  const model =
    syncModel ??
    (current ? built?.model : undefined) ??
    shown.current ??
    // nothing shown yet: the namespaces and nodes without pods (`current` says it is not the model)
    buildTopology({ ...input, pods: noItems() }, cache);
  shown.current = model;
  return { model, current };
};
