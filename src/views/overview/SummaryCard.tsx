import * as React from 'react';
import {
  Button,
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Spinner,
} from '@patternfly/react-core';
import { Link } from 'react-router-dom-v5-compat';
import { Status } from '../../components/Status';
import type { OverviewData } from './useOverviewData';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

/** The operator and the mesh's reach: enrolled namespaces and captured pods. */
export const SummaryCard: React.FC<{ data: OverviewData }> = ({ data }) => {
  const { t } = useAmbientTranslation();
  const op = data.operator;
  const operatorText =
    op?.code === 'operatorMissing'
      ? t('Not installed')
      : op?.params.version
        ? t('Installed, version {{version}}', { version: op.params.version })
        : t('Installed');
  // the namespaces and pods still coming in, page by page
  const counting = (
    <span role="status">
      <Spinner size="sm" aria-hidden="true" /> {t('Counting…')}
    </span>
  );
  const row = (term: string, value: React.ReactNode, test: string) => (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription data-test={test}>{value}</DescriptionListDescription>
    </DescriptionListGroup>
  );
  return (
    <Card isCompact>
      <CardTitle>{t('Summary')}</CardTitle>
      <CardBody>
        <DescriptionList isHorizontal isCompact>
          {row(
            t('Service Mesh operator'),
            <>
              <Status
                status={
                  op?.code === 'operatorMissing'
                    ? 'danger'
                    : op?.status === 'fail'
                      ? 'warning'
                      : 'success'
                }
                label={operatorText}
              />
            </>,
            'operator',
          )}
          {row(t('ZTunnel API version'), `sailoperator.io/${data.ztunnelVersion}`, 'ztunnel-api')}
          {row(
            t('Enrolled namespaces'),
            data.countsWhole ? t('{{value, number}}', { value: data.counts.namespaces }) : counting,
            'enrolled-namespaces',
          )}
          {row(
            t('Captured pods'),
            !data.countsWhole
              ? counting
              : data.counts.pendingPods
                ? t('{{captured, number}} ({{pending, number}} pending)', {
                    captured: data.counts.capturedPods,
                    pending: data.counts.pendingPods,
                  })
                : t('{{value, number}}', { value: data.counts.capturedPods }),
            'captured-pods',
          )}
        </DescriptionList>
        {data.installed && (
          <Button
            variant="link"
            isInline
            component={(p) => <Link {...p} to="/ambient-mesh/namespaces" />}
          >
            {t('Enroll namespaces')}
          </Button>
        )}
      </CardBody>
    </Card>
  );
};
