import * as React from 'react';
import { Button, Tooltip } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { waypointStatus } from '../../../mesh/waypoints/status';
import { waypointFor } from '../../../mesh/waypoints/resolve';
import { waypointUsers, type WaypointUser } from '../../../mesh/waypoints/users';
import type { GatewayKind } from '../../../k8s/gateway/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import type { NamespaceTabData } from '../common/useNamespaceTabData';
import { getName } from '../../../k8s/common/selectors';

type Props = {
  data: NamespaceTabData;
  waypoints: GatewayKind[];
  deleteReason?: string;
  onRemove: (gw: GatewayKind, users: WaypointUser[]) => void;
};

/** The namespace's waypoints: traffic type, Accepted, Programmed, address, users. */
export const WaypointTable: React.FC<Props> = ({ data, waypoints, deleteReason, onRemove }) => {
  const { t } = useAmbientTranslation();
  return (
    <Table aria-label={t('Waypoints')} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Name')}</Th>
          <Th>{t('Traffic type')}</Th>
          <Th>{t('Accepted')}</Th>
          <Th>{t('Programmed')}</Th>
          <Th>{t('Address')}</Th>
          <Th>{t('Used by')}</Th>
          <Th screenReaderText={t('Actions')} />
        </Tr>
      </Thead>
      <Tbody>
        {waypoints.map((gw) => {
          const name = getName(gw);
          const s = waypointStatus(gw);
          const users = waypointUsers(gw, {
            namespaces: [data.namespace],
            services: data.services,
            pods: data.pods,
          });
          const remove = (
            <Button
              variant="secondary"
              isDanger
              size="sm"
              isDisabled={!!deleteReason}
              onClick={() => onRemove(gw, users)}
            >
              {t('Remove')}
            </Button>
          );
          return (
            <Tr key={name} data-test={`waypoint-row-${name}`}>
              <Td dataLabel={t('Name')}>{name}</Td>
              <Td dataLabel={t('Traffic type')}>{waypointFor(gw)}</Td>
              <Td dataLabel={t('Accepted')} data-test="accepted">
                {s.accepted}
              </Td>
              <Td dataLabel={t('Programmed')} data-test="programmed">
                {s.programmed}
              </Td>
              <Td dataLabel={t('Address')} data-test="address">
                {s.addresses.join(', ') || t('None yet')}
              </Td>
              <Td dataLabel={t('Used by')}>
                {users.map((u) => `${u.kind} ${u.name}`).join(', ') || '-'}
              </Td>
              <Td isActionCell>
                {deleteReason ? (
                  <Tooltip content={deleteReason}>
                    <span tabIndex={0}>{remove}</span>
                  </Tooltip>
                ) : (
                  remove
                )}
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
