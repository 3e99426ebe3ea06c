import * as React from 'react';
import { Icon, Tooltip } from '@patternfly/react-core';
import { CheckCircleIcon, ExclamationTriangleIcon, InProgressIcon } from '@patternfly/react-icons';
import type { NamespaceWaypoint } from '../../../mesh/waypoints/namespaceWaypoint';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

type Props = { waypoint: NamespaceWaypoint; waypoints: string[]; namespace?: string };

/** The namespace's waypoint (from `istio.io/use-waypoint`) and its state. */
export const WaypointCell: React.FC<Props> = ({ waypoint, waypoints, namespace }) => {
  const { t } = useAmbientTranslation();
  if (waypoint.state === 'unset') {
    return waypoints.length > 0 ? (
      <Tooltip content={t('Waypoints in this namespace, not used by the namespace itself')}>
        <span>{t('{{names}} (unused by namespace)', { names: waypoints.join(', ') })}</span>
      </Tooltip>
    ) : (
      <>{t('None')}</>
    );
  }
  if (waypoint.state === 'opt-out') return <>{t('Opted out')}</>;
  const status =
    waypoint.state === 'ready' ? (
      <Icon status="success" isInline>
        <CheckCircleIcon title={t('Ready')} />
      </Icon>
    ) : waypoint.state === 'not-ready' ? (
      <Icon isInline>
        <InProgressIcon title={t('No address yet')} />
      </Icon>
    ) : waypoint.state === 'denied' ? (
      <Icon status="danger" isInline>
        <ExclamationTriangleIcon title={t('Denied')} />
      </Icon>
    ) : (
      <Icon status="warning" isInline>
        <ExclamationTriangleIcon title={t('No such Gateway')} />
      </Icon>
    );
  const name =
    waypoint.namespace === namespace ? waypoint.name : `${waypoint.namespace}/${waypoint.name}`;
  return (
    <span data-test="waypoint">
      {status} {name}
      {waypoint.state === 'denied' && (
        <>
          {' '}
          <small>{t('Denied: its allowedRoutes do not admit this namespace')}</small>
        </>
      )}
    </span>
  );
};
