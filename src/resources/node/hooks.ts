import { NodeModel, gvkOf } from '../../models';
import type { NodeKind } from '../../k8s/node/types';
import { watched, type WatchOptions, noItems } from '../common/watch';
import { useListWatch } from '../common/useListWatch';

export type NodesWatch = { nodes: NodeKind[]; loaded: boolean; error: unknown };

/**
 * All nodes, listed and watched by the plugin itself (`useListWatch`): a list that grows with the
 * cluster (500 nodes, 1 MB), which the console's store would convert into Immutable and back.
 */
export const useNodes = (options: WatchOptions = {}): NodesWatch => {
  const [nodes, loaded, error] = useListWatch<NodeKind>(
    watched({ groupVersionKind: gvkOf(NodeModel), isList: true }, options),
    NodeModel,
  );
  return { nodes: nodes ?? noItems(), loaded, error };
};
