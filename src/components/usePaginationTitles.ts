import * as React from 'react';
import type { PaginationTitles } from '@patternfly/react-core';
import { useAmbientTranslation } from '../utils/useAmbientTranslation';

type Words = { items?: string; itemsPerPage?: string };

/**
 * PatternFly Pagination's words, translated: pass as `titles` to every Pagination.
 * `items` and `itemsPerPage` name what is paged ("namespaces", "Namespaces per page").
 */
export const usePaginationTitles = ({ items, itemsPerPage }: Words = {}): PaginationTitles => {
  const { t } = useAmbientTranslation();
  return React.useMemo(() => {
    const perPage = itemsPerPage ?? t('Items per page');
    return {
      items: items ?? t('items'),
      page: t('page'),
      pages: t('pages'),
      itemsPerPage: perPage,
      perPageSuffix: t('per page'),
      ofWord: t('of'),
      toFirstPageAriaLabel: t('Go to first page'),
      toPreviousPageAriaLabel: t('Go to previous page'),
      toNextPageAriaLabel: t('Go to next page'),
      toLastPageAriaLabel: t('Go to last page'),
      optionsToggleAriaLabel: perPage,
      currPageAriaLabel: t('Current page'),
      paginationAriaLabel: t('Pagination'),
    };
  }, [t, items, itemsPerPage]);
};
