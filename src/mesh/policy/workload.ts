import type { PodKind } from '../../k8s/pod/types';
import { getLabels } from '../../k8s/common/selectors';
import type { PolicyWorkload } from './types';

type RowFacts = {
  id: string;
  namespace: string;
  wantsAmbient: boolean;
  state: string;
  role: string;
  waypoint: { name: string; namespace: string; state: string } | null;
  serviceWaypoint: { name: string; namespace: string; state: string } | null;
};

/**
 * A pod as the policy rule sees it, from its topology row: in ambient when its labels ask for it
 * and neither a sidecar nor host networking wins; its workload and service waypoints.
 */
export const policyWorkload = (pod: PodKind, row: RowFacts): PolicyWorkload => ({
  key: row.id,
  namespace: row.namespace,
  labels: getLabels(pod),
  ambient:
    row.role === 'workload' &&
    row.wantsAmbient &&
    row.state !== 'sidecar' &&
    row.state !== 'host-network',
  waypoints: [row.waypoint, row.serviceWaypoint]
    .filter((w): w is NonNullable<RowFacts['waypoint']> => !!w)
    .map((w) => ({ id: `${w.namespace}/${w.name}`, ready: w.state === 'ready' })),
});
