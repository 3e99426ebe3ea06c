import * as React from 'react';
import { Alert } from '@patternfly/react-core';
import type { ReadScope } from '../../mesh/scope/scope';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

type Props = { scope?: ReadScope; what: string };

/**
 * Says where a page's list comes from when the user may not read it cluster-wide: their
 * namespaces, or (beyond the bound of per-namespace watches) a namespace they must pick.
 */
export const ScopeAlert: React.FC<Props> = ({ scope, what }) => {
  const { t } = useAmbientTranslation();
  if (!scope || scope.kind === 'cluster') return null;
  if (scope.kind === 'pick') {
    return (
      <Alert
        variant="info"
        isInline
        data-test="scope-alert"
        title={t('Choose a namespace')}
        className="pf-v6-u-mb-md"
      >
        {t(
          'You may not list {{what}} in all namespaces, and you can see {{count}} namespaces: more than {{max}} to watch one by one. Pick one in the Namespace filter.',
          { what, count: scope.namespaces.length, max: scope.max },
        )}
      </Alert>
    );
  }
  return (
    <Alert
      variant="info"
      isInline
      data-test="scope-alert"
      title={t('Showing your namespaces: {{namespaces}}', {
        namespaces: scope.namespaces.join(', '),
      })}
      className="pf-v6-u-mb-md"
    >
      {t(
        'You may not list {{what}} in all namespaces, so these are the {{what}} of the namespaces you can see.',
        { what },
      )}
    </Alert>
  );
};
