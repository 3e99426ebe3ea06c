import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { STEP_STATUS_ICON, Status } from '../../../components/Status';
import { elapsedMs, type StepState, type StepStatus } from '../../../mesh/common/stepRunner';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

type Props = { steps: StepState<unknown>[]; now: number };

/** One row per resource: its phase with the live condition reason, and the time it took. */
export const ApplyProgress: React.FC<Props> = ({ steps, now }) => {
  const { t } = useAmbientTranslation();
  const seconds = (ms: number) => t('{{n}} s', { n: Math.max(0, Math.round(ms / 1000)) });
  const phase: Record<StepStatus, string> = {
    pending: t('Pending'),
    writing: t('Creating'),
    waiting: t('Waiting for Ready'),
    done: t('Done'),
    failed: t('Failed'),
  };
  const outcome = {
    created: t('created'),
    patched: t('updated'),
    unchanged: t('already as chosen'),
  };
  return (
    <Table aria-label={t('Install progress')} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Resource')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Detail')}</Th>
          <Th>{t('Elapsed')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {steps.map((s) => (
          <Tr key={s.id} data-test={`progress-${s.id}`} data-phase={s.status}>
            <Td dataLabel={t('Resource')}>{s.id}</Td>
            <Td dataLabel={t('Status')}>
              <Status status={STEP_STATUS_ICON[s.status]} label={phase[s.status]} />
            </Td>
            <Td dataLabel={t('Detail')}>
              {[
                s.outcome && outcome[s.outcome],
                s.status === 'waiting' && s.reason && t('reason: {{reason}}', { reason: s.reason }),
                s.timedOut
                  ? t('not Ready in time; last reason: {{reason}}', { reason: s.reason ?? '-' })
                  : s.error,
                s.status === 'waiting' && s.message,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Td>
            <Td dataLabel={t('Elapsed')}>{s.startedAt ? seconds(elapsedMs(s, now)) : '-'}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
