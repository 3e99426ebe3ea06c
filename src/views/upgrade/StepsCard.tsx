import * as React from 'react';
import { Card, CardBody, CardTitle, Stack } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { STEP_STATUS_ICON, Status } from '../../components/Status';
import type { StepState, StepStatus } from '../../mesh/common/stepRunner';
import type { UpgradeStep } from '../../mesh/upgrade/plan';
import type { ProgressRow } from '../../mesh/upgrade/progress';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { StepPods } from './StepPods';
import type { DryRunResult } from './useUpgradeDryRun';

type Props = {
  steps: UpgradeStep[];
  /** The run's state per step (absent before the run). */
  progress?: Record<string, StepState<unknown>>;
  rows: Record<string, ProgressRow[]>;
  dryRun?: DryRunResult[];
};

/** The plan in order, then each step's progress, and its pods per node while they roll. */
export const StepsCard: React.FC<Props> = ({ steps, progress, rows, dryRun }) => {
  const { t } = useAmbientTranslation();
  const label: Record<StepStatus, string> = {
    pending: t('Pending'),
    writing: t('Patching'),
    waiting: t('Waiting for Ready'),
    done: t('Done'),
    failed: t('Failed'),
  };
  const detail = (s: UpgradeStep): string => {
    const p = progress?.[s.id];
    if (p?.status === 'failed' && p.timedOut)
      return t('Timed out: {{reason}}; not done: {{nodes}}', {
        reason: p.reason ?? '',
        nodes: p.message || '-',
      });
    if (p?.error) return p.error;
    if (p?.status === 'waiting')
      return p.message ? `${p.reason ?? ''}: ${p.message}` : (p.reason ?? '');
    if (p?.outcome === 'unchanged') return t('Already at the target: not patched');
    const dry = dryRun?.find((d) => d.id === s.id);
    if (!dry) return '';
    if (dry.error) return t('Dry run failed: {{error}}', { error: dry.error });
    if (!dry.changes.length) return t('Dry run: nothing to change');
    return dry.changes
      .map((c) => `${c.path}: ${String(c.old ?? '-')} -> ${String(c.new ?? '-')}`)
      .join('; ');
  };
  return (
    <Card>
      <CardTitle>{progress ? t('Progress') : t('Plan')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <Table aria-label={t('Upgrade steps')} variant="compact">
            <Thead>
              <Tr>
                <Th>{t('Resource')}</Th>
                <Th>{t('Change')}</Th>
                {progress && <Th>{t('Status')}</Th>}
                <Th>{t('Detail')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {steps.map((s) => {
                const phase = progress?.[s.id]?.status;
                return (
                  <Tr key={s.id} data-test={`step-${s.id}`} data-status={phase}>
                    <Td dataLabel={t('Resource')}>{s.id}</Td>
                    <Td dataLabel={t('Change')}>{`${s.from ?? '-'} -> ${s.to}`}</Td>
                    {progress && (
                      <Td dataLabel={t('Status')}>
                        {phase && <Status status={STEP_STATUS_ICON[phase]} label={label[phase]} />}
                      </Td>
                    )}
                    <Td dataLabel={t('Detail')}>{detail(s)}</Td>
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
          {steps
            .filter((s) => rows[s.id]?.length)
            .map((s) => (
              <StepPods key={s.id} step={s} rows={rows[s.id]} />
            ))}
        </Stack>
      </CardBody>
    </Card>
  );
};
