import * as React from 'react';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  Content,
  Form,
  FormGroup,
  Stack,
  Title,
  Tooltip,
} from '@patternfly/react-core';
import { USE_WAYPOINT_LABEL } from '../../../mesh/labels';
import { isWaypointGateway } from '../../../mesh/waypoints/resolve';
import type { WaypointUser } from '../../../mesh/waypoints/users';
import type { GatewayKind } from '../../../k8s/gateway/types';
import { waypointLabelChanges } from '../../../resources/service/mutations';
import { useCanLabelNamespace } from '../common/useCanLabelNamespace';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { AddWaypointModal } from './AddWaypointModal';
import { RemoveWaypointModal } from './RemoveWaypointModal';
import { ServiceWaypointTable } from './ServiceWaypointTable';
import type { NamespaceTabData } from '../common/useNamespaceTabData';
import { UseWaypointSelect } from './UseWaypointSelect';
import { WaypointTable } from './WaypointTable';
import { getLabel, getName } from '../../../k8s/common/selectors';

const useCan = (verb: 'create' | 'delete', resource: string, namespace: string, name = '') =>
  useAccessReview({ group: 'gateway.networking.k8s.io', resource, verb, namespace, name });

/** The namespace's waypoints: add, status, remove, and who uses which waypoint. */
export const WaypointsCard: React.FC<{ data: NamespaceTabData }> = ({ data }) => {
  const { t } = useAmbientTranslation();
  const { name, namespace, writes } = data;
  const [canCreate, checkingCreate] = useCan('create', 'gateways', name);
  const [canDelete, checkingDelete] = useCan('delete', 'gateways', name);
  const [canPatchNs, checkingNs] = useCanLabelNamespace(name);
  const [adding, setAdding] = React.useState(false);
  const [removing, setRemoving] = React.useState<{ gw: GatewayKind; users: WaypointUser[] }>();
  const waypoints = data.gateways.filter(isWaypointGateway);
  const names = waypoints.map((g) => getName(g));
  const checking = t('Checking permissions');
  const nsReason = checkingNs
    ? checking
    : canPatchNs
      ? undefined
      : t('You may not change the labels of namespace {{name}}', { name });
  const addReason = checkingCreate
    ? checking
    : canCreate
      ? undefined
      : t('You may not create Gateways in {{name}}', { name });
  const add = (
    <Button variant="secondary" isDisabled={!!addReason} onClick={() => setAdding(true)}>
      {t('Add waypoint')}
    </Button>
  );
  return (
    <Card>
      <CardHeader
        actions={{
          actions: addReason ? (
            <Tooltip content={addReason}>
              <span tabIndex={0}>{add}</span>
            </Tooltip>
          ) : (
            add
          ),
          hasNoOffset: true,
        }}
      >
        <CardTitle>{t('Waypoints')}</CardTitle>
      </CardHeader>
      <CardBody>
        <Stack hasGutter>
          {waypoints.length === 0 ? (
            <Content component="p">{t('No waypoint in this namespace.')}</Content>
          ) : (
            <WaypointTable
              data={data}
              waypoints={waypoints}
              deleteReason={
                checkingDelete
                  ? checking
                  : canDelete
                    ? undefined
                    : t('You may not delete Gateways in {{name}}', { name })
              }
              onRemove={(gw, users) => setRemoving({ gw, users })}
            />
          )}
          <Form onSubmit={(e) => e.preventDefault()}>
            <FormGroup label={t('Waypoint for the namespace')} fieldId="ns-use-waypoint">
              <UseWaypointSelect
                value={getLabel(namespace, USE_WAYPOINT_LABEL)}
                waypoints={names}
                onChange={(v) => void writes.write(name, waypointLabelChanges(v))}
                ariaLabel={t('Waypoint for the namespace')}
                unsetLabel={t('Not set')}
                disabledReason={nsReason}
              />
            </FormGroup>
          </Form>
          <Title headingLevel="h3" size="md">
            {t('Services')}
          </Title>
          <ServiceWaypointTable data={data} waypoints={names} />
        </Stack>
      </CardBody>
      {adding && (
        <AddWaypointModal
          namespace={name}
          existing={data.gateways.map((g) => getName(g))}
          enrollNamespace={
            nsReason ? undefined : (wp) => writes.write(name, waypointLabelChanges(wp))
          }
          enrollError={writes.errors[name]}
          onClose={() => setAdding(false)}
        />
      )}
      {removing && (
        <RemoveWaypointModal
          gateway={removing.gw}
          users={removing.users}
          onClose={() => setRemoving(undefined)}
        />
      )}
    </Card>
  );
};
