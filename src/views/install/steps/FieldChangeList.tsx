import * as React from 'react';
import { List, ListItem } from '@patternfly/react-core';
import type { FieldChange } from '../../../mesh/preflight/fix';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

/** Fields a write sets, one a line: `path: old -> new`. */
export const FieldChangeList: React.FC<{ fields: FieldChange[] }> = ({ fields }) => {
  const { t } = useAmbientTranslation();
  const text = (v: unknown): string => (v === undefined ? t('(not set)') : JSON.stringify(v));
  return (
    <List data-test="field-changes">
      {fields.map((f) => (
        <ListItem key={f.field}>
          <code>{f.field}</code>
          {t(': {{from}} -> {{to}}', { from: text(f.from), to: text(f.to) })}
        </ListItem>
      ))}
    </List>
  );
};
