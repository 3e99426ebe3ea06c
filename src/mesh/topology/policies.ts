import type { PodKind } from '../../k8s/pod/types';
import { indexGateways } from '../waypoints/resolve';
import { indexPolicies, policyStatuses } from '../policy/enforcement';
import type { PolicyStatus } from '../policy/types';
import { policyWorkload } from '../policy/workload';
import { getName, getNamespace } from '../../k8s/common/selectors';
import { buildTopology } from './model';
import type { TopologyInput } from './types';

const rowId = (pod: PodKind) => pod.metadata?.uid || `${getNamespace(pod)}/${getName(pod)}`;

/**
 * Every policy with L7 rules among `input.authorizationPolicies`, judged against the workloads of
 * the topology built from the same input (one status per target and verdict).
 */
export const topologyPolicyStatuses = (input: TopologyInput): PolicyStatus[] => {
  const rootNamespace = input.rootNamespace || 'istio-system';
  const gateways = indexGateways(input.gateways, input.gatewayClasses);
  const namespaces = new Map(input.namespaces.map((n) => [getName(n), n]));
  const index = indexPolicies(input.authorizationPolicies ?? [], {
    services: input.policyServices ?? input.services ?? [],
    namespaces,
    gateways,
    rootNamespace,
  });
  if (index.length === 0) return [];
  const pods = new Map(input.pods.map((p) => [rowId(p), p]));
  const workloads = buildTopology(input).rows.flatMap((row) => {
    const pod = pods.get(row.id);
    return pod ? [policyWorkload(pod, row)] : [];
  });
  return policyStatuses(index, workloads, rootNamespace);
};
