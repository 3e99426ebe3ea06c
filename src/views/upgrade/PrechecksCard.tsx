import * as React from 'react';
import { Card, CardBody, CardTitle, List, ListItem } from '@patternfly/react-core';
import { Status } from '../../components/Status';
import type { Precheck, PrecheckId } from '../../mesh/upgrade/prechecks';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

/** The pre-checks: every CR Ready, nodes without a ready ztunnel, the ztunnel roll's cost. */
export const PrechecksCard: React.FC<{ checks: Precheck[] }> = ({ checks }) => {
  const { t } = useAmbientTranslation();
  const text: Record<PrecheckId, (c: Precheck) => string> = {
    ready: (c) =>
      c.status === 'pass'
        ? t('Every resource is Ready.')
        : t('Not Ready: {{items}}. Fix them before upgrading.', { items: c.items.join('; ') }),
    ztunnelNodes: (c) =>
      c.status === 'pass'
        ? t('Every node has a ready ztunnel.')
        : t('Nodes without a ready ztunnel: {{items}}', { items: c.items.join(', ') }),
    connections: () =>
      t(
        'ztunnel restarts on each node in turn: the long-lived connections of the enrolled pods on that node are dropped and must reconnect.',
      ),
  };
  return (
    <Card>
      <CardTitle>{t('Pre-checks')}</CardTitle>
      <CardBody>
        <List isPlain>
          {checks.map((c) => (
            <ListItem key={c.id} data-test={`precheck-${c.id}`} data-status={c.status}>
              <Status
                status={
                  c.status === 'pass' ? 'success' : c.status === 'warn' ? 'warning' : 'danger'
                }
                label={text[c.id](c)}
              />
            </ListItem>
          ))}
        </List>
      </CardBody>
    </Card>
  );
};
