import * as React from 'react';
import { Alert, AlertActionCloseButton, List, ListItem } from '@patternfly/react-core';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

export type Skipped = { name: string; reason: string };

/** The system namespaces a bulk enrollment left out, each with the reason. */
export const SkippedAlert: React.FC<{ skipped: Skipped[]; onClose: () => void }> = ({
  skipped,
  onClose,
}) => {
  const { t } = useAmbientTranslation();
  if (skipped.length === 0) return null;
  const title = t('Skipped {{count, number}} system namespace', {
    count: skipped.length,
    defaultValue_other: 'Skipped {{count, number}} system namespaces',
  });
  return (
    <Alert
      variant="info"
      isInline
      isLiveRegion
      title={title}
      actionClose={<AlertActionCloseButton onClose={onClose} />}
      data-test="bulk-skipped"
    >
      <List>
        {skipped.map((s) => (
          <ListItem key={s.name}>
            {t('{{name}}: {{reason}}', { name: s.name, reason: s.reason })}
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};
