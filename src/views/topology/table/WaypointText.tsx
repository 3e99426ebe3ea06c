import * as React from 'react';
import type { WaypointCell } from '../../../mesh/topology/types';
import { StatusIcon } from '../../../components/StatusIcon';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import type { TopologyLabels } from './useTopologyLabels';

type Props = { waypoint: WaypointCell | null; namespace: string; labels: TopologyLabels };

/** A waypoint's name (qualified when in another namespace) and its state unless ready. */
export const WaypointText: React.FC<Props> = ({ waypoint, namespace, labels }) => {
  const { t } = useAmbientTranslation();
  if (!waypoint) return <>{t('None')}</>;
  const name =
    waypoint.namespace === namespace ? waypoint.name : `${waypoint.namespace}/${waypoint.name}`;
  if (waypoint.state === 'ready') return <>{name}</>;
  const state = labels.waypoint[waypoint.state];
  return (
    <>
      {name}{' '}
      <StatusIcon status={waypoint.state === 'missing' ? 'danger' : 'warning'} label={state} />{' '}
      <small>{state}</small>
    </>
  );
};
