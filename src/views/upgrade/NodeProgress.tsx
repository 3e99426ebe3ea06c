import * as React from 'react';
import { Content } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ProgressRow, RowState } from '../../mesh/upgrade/progress';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

type Props = { rows: ProgressRow[]; by: 'node' | 'pod'; label: string };

/** One step's pods during the roll: how many are done, and each node's old -> new image. */
export const NodeProgress: React.FC<Props> = ({ rows, by, label }) => {
  const { t } = useAmbientTranslation();
  const state: Record<RowState, string> = {
    old: t('Old version'),
    replacing: t('Being replaced'),
    starting: t('Starting'),
    done: t('Replaced, ready'),
  };
  const done = rows.filter((r) => r.state === 'done').length;
  return (
    <>
      <Content component="small" data-test="replaced-count" data-done={done}>
        {by === 'node'
          ? t('{{done}} of {{total}} nodes replaced', { done, total: rows.length })
          : t('{{done}} of {{total}} pods on the new version', { done, total: rows.length })}
      </Content>
      <Table aria-label={label} variant="compact" isStriped>
        <Thead>
          <Tr>
            <Th>{by === 'node' ? t('Node') : t('Pod')}</Th>
            <Th>{t('Image before')}</Th>
            <Th>{t('Image now')}</Th>
            <Th>{t('State')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((r) => (
            <Tr key={r.key} data-test={`node-${r.key}`} data-state={r.state}>
              <Td dataLabel={by === 'node' ? t('Node') : t('Pod')}>{r.key}</Td>
              <Td dataLabel={t('Image before')}>{r.before ?? '-'}</Td>
              <Td dataLabel={t('Image now')}>{r.image ?? '-'}</Td>
              <Td dataLabel={t('State')}>{state[r.state]}</Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </>
  );
};
