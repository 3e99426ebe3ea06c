import * as React from 'react';
import { Alert, Card, CardBody, CardTitle, Stack } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Status } from '../../components/Status';
import { NodeModel, gvkOf } from '../../models';
import type { NodeRow } from '../../mesh/health/overview';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

const ratio = ({ ready, total }: { ready: number; total: number }) => `${ready}/${total}`;

/** istiod, istio-cni and ztunnel pods ready per node; nodes without a ready ztunnel called out. */
export const NodesCard: React.FC<{ rows: NodeRow[] }> = ({ rows }) => {
  const { t } = useAmbientTranslation();
  const missing = rows.filter((r) => r.missingZtunnel).map((r) => r.node);
  return (
    <Card isCompact>
      <CardTitle>{t('Pods per node')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          {missing.length > 0 && (
            <Alert
              variant="warning"
              isInline
              title={t('Nodes without a ready ztunnel: {{nodes}}', { nodes: missing.join(', ') })}
            >
              {t(
                'Ambient pods scheduled on these nodes have no secure data path until ztunnel is ready there.',
              )}
            </Alert>
          )}
          <Table aria-label={t('Pods per node')} variant="compact">
            <Thead>
              <Tr>
                <Th>{t('Node')}</Th>
                <Th>{t('ztunnel ready')}</Th>
                <Th>{t('istio-cni ready')}</Th>
                <Th>{t('istiod ready')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {rows.map((r) => (
                <Tr key={r.node} data-test={`node-${r.node}`}>
                  <Td dataLabel={t('Node')}>
                    <ResourceLink groupVersionKind={gvkOf(NodeModel)} name={r.node} />
                  </Td>
                  <Td dataLabel={t('ztunnel ready')}>
                    <Status
                      status={r.missingZtunnel ? 'warning' : 'success'}
                      label={r.missingZtunnel ? t('No ready ztunnel') : t('Ready')}
                      iconOnly
                    />{' '}
                    {ratio(r.counts.ztunnel)}
                  </Td>
                  <Td dataLabel={t('istio-cni ready')}>{ratio(r.counts.istioCNI)}</Td>
                  <Td dataLabel={t('istiod ready')}>{ratio(r.counts.istiod)}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Stack>
      </CardBody>
    </Card>
  );
};
