import * as React from 'react';
import type { WaypointCell } from '../../../mesh/topology/types';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Status } from '../../../components/Status';
import { GatewayModel, gvkOf } from '../../../models';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import type { TopologyLabels } from './useTopologyLabels';

type Props = { waypoint: WaypointCell | null; namespace: string; labels: TopologyLabels };

/** A waypoint's name (qualified when in another namespace) and its state unless ready. */
export const WaypointText: React.FC<Props> = ({ waypoint, namespace, labels }) => {
  const { t } = useAmbientTranslation();
  if (!waypoint) return <>{t('None')}</>;
  const name = (
    <ResourceLink
      groupVersionKind={gvkOf(GatewayModel)}
      name={waypoint.name}
      namespace={waypoint.namespace}
      displayName={
        waypoint.namespace === namespace ? undefined : `${waypoint.namespace}/${waypoint.name}`
      }
      linkTo={waypoint.state !== 'missing'}
      hideIcon
      inline
    />
  );
  if (waypoint.state === 'ready') return name;
  const state = labels.waypoint[waypoint.state];
  return (
    <>
      {name}{' '}
      <small>
        <Status status={waypoint.state === 'missing' ? 'danger' : 'warning'} label={state} />
      </small>
    </>
  );
};
