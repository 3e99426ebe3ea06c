import * as React from 'react';
import { Alert, Icon, Progress, Spinner } from '@patternfly/react-core';
import { CheckCircleIcon, ExclamationCircleIcon, MinusCircleIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

export type BulkStatus =
  | 'waiting'
  | 'running'
  | 'done'
  | 'failed'
  | 'unchanged'
  | 'skipped'
  | 'cancelled';
export type BulkResult = { name: string; status: BulkStatus; message?: string };

/**
 * Per-namespace progress and results of a bulk enrollment or removal; after a cancel, what was
 * written and what was not.
 */
export const BulkProgress: React.FC<{ results: BulkResult[]; cancelled?: boolean }> = ({
  results,
  cancelled,
}) => {
  const { t } = useAmbientTranslation();
  const finished = results.filter((r) => r.status !== 'waiting' && r.status !== 'running').length;
  const failed = results.filter((r) => r.status === 'failed').length;
  const text: Record<BulkStatus, string> = {
    waiting: t('Waiting'),
    running: t('Updating'),
    done: t('Done'),
    failed: t('Failed'),
    unchanged: t('Already as asked'),
    skipped: t('Skipped: not allowed'),
    cancelled: t('Not written: cancelled'),
  };
  const count = (s: BulkStatus) => results.filter((r) => r.status === s).length;
  const stillRunning = count('running') + count('waiting');
  const icon = (s: BulkStatus) => {
    if (s === 'running') return <Spinner size="sm" aria-label={text.running} />;
    if (s === 'done' || s === 'unchanged')
      return (
        <Icon status="success" isInline>
          <CheckCircleIcon />
        </Icon>
      );
    if (s === 'failed')
      return (
        <Icon status="danger" isInline>
          <ExclamationCircleIcon />
        </Icon>
      );
    return (
      <Icon isInline>
        <MinusCircleIcon />
      </Icon>
    );
  };
  return (
    <>
      {cancelled && (
        <Alert
          variant="warning"
          isInline
          data-test="bulk-cancelled"
          title={
            stillRunning > 0
              ? t('Cancelling: {{count}} write in flight finishes, no new write starts', {
                  count: count('running'),
                  defaultValue_other:
                    'Cancelling: {{count}} writes in flight finish, no new write starts',
                })
              : t('Cancelled: {{done}} written, {{failed}} failed, {{not}} not written', {
                  done: count('done'),
                  failed: count('failed'),
                  not: count('cancelled'),
                })
          }
        />
      )}
      <Progress
        value={results.length ? (finished / results.length) * 100 : 100}
        title={t('{{done, number}} of {{count, number}} namespace, {{failed, number}} failed', {
          done: finished,
          count: results.length,
          failed,
          defaultValue_other:
            '{{done, number}} of {{count, number}} namespaces, {{failed, number}} failed',
        })}
        variant={failed > 0 ? 'danger' : finished === results.length ? 'success' : undefined}
      />
      <Table variant="compact" aria-label={t('Results')} data-test="bulk-results">
        <Thead>
          <Tr>
            <Th>{t('Namespace')}</Th>
            <Th>{t('Result')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {results.map((r) => (
            <Tr key={r.name} data-test={`bulk-result-${r.name}`} data-status={r.status}>
              <Td>{r.name}</Td>
              <Td>
                {icon(r.status)} {text[r.status]}
                {r.message ? `: ${r.message}` : ''}
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </>
  );
};
