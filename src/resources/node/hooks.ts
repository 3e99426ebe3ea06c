import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { NodeModel, gvkOf } from '../../models';
import type { NodeKind } from '../../k8s/node/types';
import { watched, type WatchOptions, noItems } from '../common/watch';

export type NodesWatch = { nodes: NodeKind[]; loaded: boolean; error: unknown };

/** All nodes. */
export const useNodes = (options: WatchOptions = {}): NodesWatch => {
  const [nodes, loaded, error] = useK8sWatchResource<NodeKind[]>(
    watched({ groupVersionKind: gvkOf(NodeModel), isList: true }, options),
  );
  return { nodes: nodes ?? noItems(), loaded, error };
};
