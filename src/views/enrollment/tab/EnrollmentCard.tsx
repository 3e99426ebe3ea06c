import * as React from 'react';
import {
  Alert,
  AlertActionCloseButton,
  Card,
  CardBody,
  CardTitle,
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Stack,
} from '@patternfly/react-core';
import { Link } from 'react-router-dom-v5-compat';
import {
  namespaceLabelIntent,
  rollUpNamespace,
} from '../../../mesh/enrollment/namespaceEnrollment';
import { isDiscovered } from '../../../k8s/common/labelSelector';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { DataPlaneLabel } from '../common/DataPlaneLabel';
import { WaypointCell } from '../namespaces/WaypointCell';
import { EnrollmentSwitch } from '../actions/EnrollmentSwitch';
import { FindingsList } from '../actions/FindingsList';
import type { NamespaceTabData } from '../common/useNamespaceTabData';
import { useEnrollGuard } from '../common/useGuardText';
import { getLabels } from '../../../k8s/common/selectors';

/** The namespace's toggle, its data plane, the pre-flight checks and the topology link. */
export const EnrollmentCard: React.FC<{ data: NamespaceTabData }> = ({ data }) => {
  const { t } = useAmbientTranslation();
  const { namespace, pods, facts, findings, name, writes } = data;
  const roll = React.useMemo(
    () => rollUpNamespace(namespace, pods, facts.cniRules),
    [namespace, pods, facts.cniRules],
  );
  const error = writes.errors[name];
  const guard = useEnrollGuard(name);
  const selectors = facts.discoverySelectors;
  let seen = t('Unknown');
  if (selectors) seen = isDiscovered(getLabels(namespace), selectors) ? t('Yes') : t('No');
  const item = (term: string, value: React.ReactNode) => (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>{value}</DescriptionListDescription>
    </DescriptionListGroup>
  );
  return (
    <Card>
      <CardTitle>{t('Ambient mesh')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <EnrollmentSwitch
            namespace={namespace}
            enrolled={namespaceLabelIntent(namespace) === 'ambient'}
            findings={findings}
            write={writes.write}
            busy={!!writes.busy[name]}
            showLabel
            guard={guard}
          />
          {error && (
            <Alert
              variant="danger"
              isInline
              title={t('Could not update {{name}}', { name })}
              actionClose={<AlertActionCloseButton onClose={() => writes.dismissError(name)} />}
            >
              {error}
            </Alert>
          )}
          <DescriptionList isHorizontal isCompact>
            {item(t('Data plane'), <DataPlaneLabel mode={roll.dataPlane} />)}
            {item(
              t('Pods captured'),
              t('{{captured, number}} of {{count, number}}', {
                captured: roll.captured,
                count: roll.total,
              }),
            )}
            {item(t('Seen by the mesh'), seen)}
            {item(
              t('Waypoint'),
              <span data-test="tab-namespace-waypoint">
                <WaypointCell waypoint={data.namespaceWaypoint} waypoints={[]} namespace={name} />
              </span>,
            )}
          </DescriptionList>
          <FindingsList findings={findings} />
          <Content component="p">
            {t(
              'No restart is needed: the CNI agent captures or releases running pods in place when the labels change.',
            )}
          </Content>
          <Link to={`/ambient-mesh/topology?namespace=${encodeURIComponent(name)}`}>
            {t('View in topology')}
          </Link>
        </Stack>
      </CardBody>
    </Card>
  );
};
