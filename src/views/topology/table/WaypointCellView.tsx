import * as React from 'react';
import type { WorkloadRow } from '../../../mesh/topology/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import type { TopologyLabels } from './useTopologyLabels';
import { WaypointText } from './WaypointText';

type Props = { row: WorkloadRow; labels: TopologyLabels };

/**
 * As istioctl: the workload waypoint, or None (a service-only waypoint of the namespace does not
 * serve traffic addressed to the pod). Below it, labelled, the namespace's service waypoint.
 */
export const WaypointCellView: React.FC<Props> = ({ row, labels }) => {
  const { t } = useAmbientTranslation();
  const inheritedServiceOnly =
    row.waypoint?.source === 'namespace' && row.waypoint.state === 'wrong-traffic-type';
  const workload = inheritedServiceOnly ? null : row.waypoint;
  return (
    <div>
      <div>
        <WaypointText waypoint={workload} namespace={row.namespace} labels={labels} />
      </div>
      {row.serviceWaypoint && (
        <small>
          {t('Services:')}{' '}
          <WaypointText waypoint={row.serviceWaypoint} namespace={row.namespace} labels={labels} />
        </small>
      )}
    </div>
  );
};
