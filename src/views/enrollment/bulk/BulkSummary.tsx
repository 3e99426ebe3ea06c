import * as React from 'react';
import { Alert, Stack, StackItem } from '@patternfly/react-core';
import type { FindingSummary } from '../../../mesh/enrollment/bulk';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { findingTitle } from '../actions/findingText';

const names = (list: string[], max = 8): string =>
  list.length > max ? `${list.slice(0, max).join(', ')}, +${list.length - max}` : list.join(', ');

/** One summary of the pre-flight checks of a whole selection: per check, which namespaces. */
export const BulkSummary: React.FC<{ summary: FindingSummary; forbidden: string[] }> = ({
  summary,
  forbidden,
}) => {
  const { t } = useAmbientTranslation();
  return (
    <Stack hasGutter data-test="bulk-summary">
      {forbidden.length > 0 && (
        <StackItem>
          <Alert
            variant="danger"
            isInline
            title={t(
              'You may not change {{count, number}} of these namespaces; it will be skipped',
              {
                count: forbidden.length,
                defaultValue_other:
                  'You may not change {{count, number}} of these namespaces; they will be skipped',
              },
            )}
          >
            {names(forbidden)}
          </Alert>
        </StackItem>
      )}
      {summary.length === 0 ? (
        <StackItem>
          <Alert variant="success" isInline isPlain title={t('All pre-flight checks passed')} />
        </StackItem>
      ) : (
        summary.map((s) => (
          <StackItem key={s.id}>
            <Alert
              variant={s.severity}
              isInline
              title={t('{{title}}: {{count, number}} namespace', {
                title: findingTitle(t, s.id),
                count: s.namespaces.length,
                defaultValue_other: '{{title}}: {{count, number}} namespaces',
              })}
            >
              {names(s.namespaces)}
            </Alert>
          </StackItem>
        ))
      )}
    </Stack>
  );
};
