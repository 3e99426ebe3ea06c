import * as React from 'react';
import { Alert, Stack, StackItem } from '@patternfly/react-core';
import { Link } from 'react-router-dom-v5-compat';
import type { Finding } from '../../../mesh/enrollment/preflight';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { findingBody, findingTitle } from './findingText';

export const INSTALL_PATH = '/ambient-mesh/install';

type Props = { findings: Finding[]; showPassed?: boolean };

/** The pre-flight checks of one namespace, as inline alerts. */
export const FindingsList: React.FC<Props> = ({ findings, showPassed }) => {
  const { t } = useAmbientTranslation();
  if (findings.length === 0) {
    return showPassed ? (
      <Alert variant="success" isInline isPlain title={t('All pre-flight checks passed')} />
    ) : null;
  }
  return (
    <Stack hasGutter data-test="preflight-findings">
      {findings.map((f) => (
        <StackItem key={f.id}>
          <Alert
            variant={f.severity}
            isInline
            title={findingTitle(t, f.id)}
            actionLinks={
              f.id === 'not-installed' ? (
                <Link to={INSTALL_PATH}>{t('Install ambient mode')}</Link>
              ) : undefined
            }
          >
            {findingBody(t, f)}
          </Alert>
        </StackItem>
      ))}
    </Stack>
  );
};
