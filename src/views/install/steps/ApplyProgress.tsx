import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Status, type StatusKind } from '../../../components/Status';
import { elapsedMs, type StepPhase, type StepProgress } from '../../../mesh/install/apply';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

const ICON: Record<StepPhase, StatusKind> = {
  pending: 'pending',
  creating: 'progress',
  waiting: 'progress',
  done: 'success',
  failed: 'danger',
};

type Props = { steps: StepProgress[]; now: number };

/** One row per resource: its phase with the live condition reason, and the time it took. */
export const ApplyProgress: React.FC<Props> = ({ steps, now }) => {
  const { t } = useAmbientTranslation();
  const seconds = (ms: number) => t('{{n}} s', { n: Math.max(0, Math.round(ms / 1000)) });
  const phase: Record<StepPhase, string> = {
    pending: t('Pending'),
    creating: t('Creating'),
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
          <Tr key={s.id} data-test={`progress-${s.id}`} data-phase={s.phase}>
            <Td dataLabel={t('Resource')}>{s.id}</Td>
            <Td dataLabel={t('Status')}>
              <Status status={ICON[s.phase]} label={phase[s.phase]} />
            </Td>
            <Td dataLabel={t('Detail')}>
              {[
                s.outcome && outcome[s.outcome],
                s.phase === 'waiting' && s.reason && t('reason: {{reason}}', { reason: s.reason }),
                s.error === 'timeout'
                  ? t('not Ready in time; last reason: {{reason}}', { reason: s.reason ?? '-' })
                  : s.error,
                s.phase === 'waiting' && s.message,
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
