import * as React from 'react';
import {
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Stack,
} from '@patternfly/react-core';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { ConditionsTable } from '../../components/ConditionsTable';
import { Status, type StatusKind } from '../../components/Status';
import { healthOf, orderedConditions, type HealthState } from '../../mesh/health/health';
import type { Condition } from '../../k8s/common/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { getName } from '../../k8s/common/selectors';
import { NamespaceModel, SAIL_GROUP, gvkOf } from '../../models';

type CR = {
  apiVersion?: string;
  metadata?: { name?: string; generation?: number; deletionTimestamp?: string };
  spec?: { namespace?: string; version?: string };
  status?: { conditions?: Condition[]; state?: string; observedGeneration?: number };
};

const ICON: Record<HealthState, StatusKind> = {
  Healthy: 'success',
  Unhealthy: 'danger',
  Pending: 'progress',
  Unknown: 'unknown',
  Absent: 'warning',
};

/** One Sail CR: its state (from its conditions), namespace, version and conditions. */
export const ResourceHealthCard: React.FC<{ kind: string; obj?: CR }> = ({ kind, obj }) => {
  const { t } = useAmbientTranslation();
  const health = healthOf(obj);
  const state = obj ? (obj.status?.state ?? health.reason) : t('Not created');
  const row = (term: string, value: React.ReactNode) => (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>{value}</DescriptionListDescription>
    </DescriptionListGroup>
  );
  return (
    <Card isCompact data-test={`cr-${kind}`}>
      <CardTitle>
        <Status status={ICON[health.state]} label={health.state} iconOnly />{' '}
        {obj ? (
          <ResourceLink
            groupVersionKind={{
              group: SAIL_GROUP,
              version: obj.apiVersion?.split('/')[1] ?? 'v1',
              kind,
            }}
            name={getName(obj)}
            inline
          />
        ) : (
          kind
        )}
      </CardTitle>
      <CardBody>
        <Stack hasGutter>
          <DescriptionList isHorizontal isCompact>
            {row(t('State'), <span data-test={`state-${kind}`}>{state}</span>)}
            {obj &&
              row(
                t('Namespace'),
                obj.spec?.namespace ? (
                  <ResourceLink
                    groupVersionKind={gvkOf(NamespaceModel)}
                    name={obj.spec.namespace}
                  />
                ) : (
                  '-'
                ),
              )}
            {obj && row(t('Version'), obj.spec?.version ?? '-')}
            {health.message && row(t('Message'), health.message)}
          </DescriptionList>
          {obj && (
            <ConditionsTable
              conditions={orderedConditions(kind, obj.status?.conditions)}
              ariaLabel={t('{{kind}} conditions', { kind })}
            />
          )}
        </Stack>
      </CardBody>
    </Card>
  );
};
