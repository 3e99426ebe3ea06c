import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { FieldChange } from '../../../mesh/install/merge';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

const show = (v: unknown): string => (v === undefined ? '-' : JSON.stringify(v));

type Props = {
  id: string;
  changes: FieldChange[];
  caption?: string;
  /** Headings of the two value columns; `Now` and `After` by default. */
  columns?: [string, string];
};

/** The fields a write changes on an existing object (or that changed meanwhile): old -> new. */
export const FieldChanges: React.FC<Props> = ({ id, changes, caption, columns }) => {
  const { t } = useAmbientTranslation();
  const [before, after] = columns ?? [t('Now'), t('After')];
  return (
    <Table
      aria-label={caption ?? t('Changes to {{id}}', { id })}
      variant="compact"
      data-test={`changes-${id}`}
    >
      <Thead>
        <Tr>
          <Th>{t('Field')}</Th>
          <Th>{before}</Th>
          <Th>{after}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {changes.map((c) => (
          <Tr key={c.path} data-test={`change-${c.path}`}>
            <Td dataLabel={t('Field')}>{c.path}</Td>
            <Td dataLabel={before}>{show(c.old)}</Td>
            <Td dataLabel={after}>{show(c.new)}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
