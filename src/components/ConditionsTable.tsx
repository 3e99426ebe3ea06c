import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Status } from './Status';
import { useAmbientTranslation } from '../utils/useAmbientTranslation';

export type ConditionRow = {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
};

type Props = { conditions: ConditionRow[]; ariaLabel: string };

/** A resource's status conditions: type, status, reason and message. */
export const ConditionsTable: React.FC<Props> = ({ conditions, ariaLabel }) => {
  const { t } = useAmbientTranslation();
  return (
    <Table aria-label={ariaLabel} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Condition')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Reason')}</Th>
          <Th>{t('Message')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {conditions.map((c) => (
          <Tr key={c.type}>
            <Td dataLabel={t('Condition')}>{c.type}</Td>
            <Td dataLabel={t('Status')}>
              <Status
                status={
                  c.status === 'True' ? 'success' : c.status === 'False' ? 'danger' : 'unknown'
                }
                label={c.status}
              />
            </Td>
            <Td dataLabel={t('Reason')}>{c.reason ?? '-'}</Td>
            <Td dataLabel={t('Message')}>{c.message ?? '-'}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
