import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { STEP_STATUS_ICON, Status } from '../../components/Status';
import type { StepState, StepStatus } from '../../mesh/common/stepRunner';
import { refKey } from '../../mesh/uninstall/plan';
import type { Step } from '../../mesh/uninstall/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import type { DryRunResult } from './useUninstallDryRun';

type Props = {
  steps: Step[];
  /** The run's state per step (absent before the run). */
  states?: Record<string, StepState>;
  dryRun?: DryRunResult[];
  /** What the current wait still waits for. */
  remaining?: Record<string, string[]>;
};

/** The plan, one row per write: what it does, then its progress or its dry-run result. */
export const StepsTable: React.FC<Props> = ({ steps, states, dryRun, remaining = {} }) => {
  const { t } = useAmbientTranslation();
  const label: Record<StepStatus, string> = {
    pending: t('Pending'),
    writing: t('Writing'),
    waiting: t('Waiting until gone'),
    done: t('Done'),
    failed: t('Failed'),
  };
  const action = (s: Step): string =>
    s.action === 'delete'
      ? t('Delete')
      : t('Remove labels {{keys}}', { keys: Object.keys(s.changes).join(', ') });
  const detail = (s: Step): string => {
    const st = states?.[s.id];
    if (st?.timedOut) return t('Timed out; still there: {{what}}', { what: st.error ?? '' });
    if (st?.error) return st.error;
    if (st?.status === 'waiting' && remaining[s.id]?.length)
      return t('Still there: {{what}}', { what: remaining[s.id].join(', ') });
    if (st?.alreadyDone) return t('Already gone');
    const dry = dryRun?.find((d) => d.id === s.id);
    if (dry)
      return dry.error ? t('Dry run failed: {{error}}', { error: dry.error }) : t('Dry run passed');
    return '';
  };
  return (
    <Table aria-label={t('Uninstall steps')} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Object')}</Th>
          <Th>{t('Action')}</Th>
          {states && <Th>{t('Status')}</Th>}
          <Th>{t('Detail')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {steps.map((s) => {
          const status = states?.[s.id]?.status;
          return (
            <Tr key={s.id} data-test={`step-${s.id}`} data-status={status}>
              <Td dataLabel={t('Object')}>{refKey(s.ref)}</Td>
              <Td dataLabel={t('Action')}>{action(s)}</Td>
              {states && (
                <Td dataLabel={t('Status')}>
                  {status && (
                    <>
                      <Status status={STEP_STATUS_ICON[status]} label={label[status]} />
                    </>
                  )}
                </Td>
              )}
              <Td dataLabel={t('Detail')}>{detail(s)}</Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
