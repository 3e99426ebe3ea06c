import * as React from 'react';
import { Alert, EmptyState, EmptyStateBody } from '@patternfly/react-core';
import { errorMessage } from '../k8s/errors';
import { useAmbientTranslation } from '../utils/useAmbientTranslation';
import { Loading } from './Loading';

type Props = {
  loaded: boolean;
  error?: unknown;
  empty?: boolean;
  emptyTitle?: string;
  emptyMessage?: React.ReactNode;
  children: React.ReactNode;
};

/** Loading, error and empty states around a page's content, in the console's manner. */
export const PageState: React.FC<Props> = ({
  loaded,
  error,
  empty,
  emptyTitle,
  emptyMessage,
  children,
}) => {
  const { t } = useAmbientTranslation();
  if (error) {
    return (
      <Alert variant="danger" isInline title={t('Could not load data')}>
        {errorMessage(error)}
      </Alert>
    );
  }
  if (!loaded) return <Loading />;
  if (empty) {
    return (
      <EmptyState titleText={emptyTitle ?? t('Nothing here yet')} headingLevel="h2">
        {emptyMessage && <EmptyStateBody>{emptyMessage}</EmptyStateBody>}
      </EmptyState>
    );
  }
  return <>{children}</>;
};
