import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { STEP_STATUS_ICON, Status } from '../../../components/Status';
import type { StepState, StepStatus } from '../../../mesh/common/stepRunner';
import type { Awaiting, MigrationStep } from '../../../mesh/migration/steps';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

type Props = {
  steps: MigrationStep[];
  states: Record<string, StepState>;
  current?: { id: string; awaiting: Awaiting[] };
  describe: (a: Awaiting[]) => string[];
};

/** The move's steps, one row each, with their progress. */
export const MigrationSteps: React.FC<Props> = ({ steps, states, current, describe }) => {
  const { t } = useAmbientTranslation();
  const label: Record<StepStatus, string> = {
    pending: t('Pending'),
    writing: t('Writing'),
    waiting: t('Waiting'),
    done: t('Done'),
    failed: t('Failed'),
  };
  const what = (s: MigrationStep): string => {
    if (s.action === 'waypoint') return t('Create waypoint {{name}}', { name: s.name });
    if (s.action === 'labels')
      return t('Set namespace labels: {{changes}}', {
        changes: Object.entries(s.changes)
          .map(([k, v]) => (v === null ? `${k}-` : `${k}=${v}`))
          .join(' '),
      });
    return t('Restart {{kind}} {{name}}', { kind: s.target.kind, name: s.target.name });
  };
  const detail = (s: MigrationStep): string => {
    const st = states[s.id];
    if (st?.timedOut) return t('Timed out: {{what}}', { what: st.error ?? '' });
    if (st?.error) return st.error;
    if (current?.id === s.id && current.awaiting.length)
      return describe(current.awaiting).join('; ');
    if (st?.alreadyDone && s.action === 'waypoint') return t('Already there');
    if (st?.alreadyDone) return t('Restarted earlier in this run: not restarted again');
    return '';
  };
  return (
    <Table aria-label={t('Move steps')} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Step')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Detail')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {steps.map((s) => {
          const status = states[s.id]?.status;
          return (
            <Tr key={s.id} data-test={`step-${s.id}`} data-status={status}>
              <Td dataLabel={t('Step')}>{what(s)}</Td>
              <Td dataLabel={t('Status')}>
                {status && <Status status={STEP_STATUS_ICON[status]} label={label[status]} />}
              </Td>
              <Td dataLabel={t('Detail')}>{detail(s)}</Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
