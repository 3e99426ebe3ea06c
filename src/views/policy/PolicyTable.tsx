import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Status, type StatusKind } from '../../components/Status';
import type { PolicyStatus } from '../../mesh/policy/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { usePolicyText } from './usePolicyText';

const ICON: Record<PolicyStatus['verdict'], StatusKind> = {
  enforced: 'success',
  'no-waypoint': 'danger',
  'selector-bound': 'warning',
  'no-workloads': 'unknown',
};

type Props = { statuses: PolicyStatus[]; workloadName: (key: string) => string };

/** One row per policy target and verdict: policy, target, L7 rules, status, workloads. */
export const PolicyTable: React.FC<Props> = ({ statuses, workloadName }) => {
  const { t } = useAmbientTranslation();
  const text = usePolicyText();
  return (
    <Table aria-label={t('Authorization policies with L7 rules')} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Policy')}</Th>
          <Th>{t('Applies to')}</Th>
          <Th>{t('L7 rules')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Workloads')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {statuses.map((s) => {
          const verdict = text.verdict(s);
          return (
            <Tr
              key={`${s.policy}:${text.target(s.target)}:${s.verdict}`}
              data-test={`policy-row-${s.name}`}
            >
              <Td dataLabel={t('Policy')}>{s.name}</Td>
              <Td dataLabel={t('Applies to')}>{text.target(s.target)}</Td>
              <Td dataLabel={t('L7 rules')}>{s.attributes.map(text.attribute).join(', ')}</Td>
              <Td dataLabel={t('Status')} data-test="policy-verdict">
                <Status status={ICON[s.verdict]} label={verdict} />
              </Td>
              <Td dataLabel={t('Workloads')}>{s.workloads.map(workloadName).join(', ')}</Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
