import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { NodeModel, gvkOf } from '../../models';
import type { NodeKind } from '../../k8s/node/types';

export type NodesWatch = { nodes: NodeKind[]; loaded: boolean; error: unknown };

/** All nodes. Pass `false` to disable the watch. */
export const useNodes = (enabled = true): NodesWatch => {
  const [nodes, loaded, error] = useK8sWatchResource<NodeKind[]>(
    enabled ? { groupVersionKind: gvkOf(NodeModel), isList: true } : null,
  );
  return { nodes: nodes ?? [], loaded, error };
};
