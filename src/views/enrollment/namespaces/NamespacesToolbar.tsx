import * as React from 'react';
import {
  Button,
  FormSelect,
  FormSelectOption,
  Pagination,
  SearchInput,
  Spinner,
  Switch,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { DATA_PLANE_MODES } from '../../../mesh/enrollment/namespaceEnrollment';
import type { RowFilter } from '../../../mesh/enrollment/rows';
import { usePaginationTitles } from '../../../components/usePaginationTitles';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { useDataPlaneText } from '../common/DataPlaneLabel';

type Props = {
  filter: RowFilter;
  onFilter: (f: RowFilter) => void;
  showSystem: boolean;
  onShowSystem: (on: boolean) => void;
  selected: number;
  onBulk: (action: 'enroll' | 'remove') => void;
  onClearSelection: () => void;
  count: number;
  /** More namespaces are still coming in. */
  listing?: boolean;
  page: number;
  perPage: number;
  onPage: (page: number, perPage: number) => void;
};

/** Filters by name and data plane, bulk actions on the selection, and pagination. */
export const NamespacesToolbar: React.FC<Props> = (p) => {
  const { t } = useAmbientTranslation();
  const paginationTitles = usePaginationTitles({
    items: t('namespaces'),
    itemsPerPage: t('Namespaces per page'),
  });
  const text = useDataPlaneText();
  return (
    <Toolbar>
      <ToolbarContent>
        <ToolbarItem>
          <SearchInput
            aria-label={t('Filter by name')}
            placeholder={t('Filter by name')}
            value={p.filter.name}
            onChange={(_e, name) => p.onFilter({ ...p.filter, name })}
            onClear={() => p.onFilter({ ...p.filter, name: '' })}
          />
        </ToolbarItem>
        <ToolbarItem>
          <FormSelect
            aria-label={t('Filter by data plane')}
            value={p.filter.dataPlane}
            onChange={(_e, v) =>
              p.onFilter({ ...p.filter, dataPlane: v as RowFilter['dataPlane'] })
            }
          >
            {(['all', ...DATA_PLANE_MODES] as const).map((m) => (
              <FormSelectOption key={m} value={m} label={text(m)} />
            ))}
          </FormSelect>
        </ToolbarItem>
        <ToolbarItem alignSelf="center">
          <Switch
            id="show-system-namespaces"
            label={t('Show system namespaces')}
            isChecked={p.showSystem}
            onChange={(_e, on) => p.onShowSystem(on)}
          />
        </ToolbarItem>
        <ToolbarItem>
          <Button
            variant="primary"
            isDisabled={p.selected === 0}
            onClick={() => p.onBulk('enroll')}
          >
            {t('Add selected to mesh')}
          </Button>
        </ToolbarItem>
        <ToolbarItem>
          <Button
            variant="secondary"
            isDisabled={p.selected === 0}
            onClick={() => p.onBulk('remove')}
          >
            {t('Remove selected from mesh')}
          </Button>
        </ToolbarItem>
        {p.selected > 0 && (
          <ToolbarItem>
            <Button variant="link" onClick={p.onClearSelection}>
              {t('Clear selection ({{count, number}})', { count: p.selected })}
            </Button>
          </ToolbarItem>
        )}
        {p.listing && (
          <ToolbarItem alignSelf="center" gap={{ default: 'gapSm' }} data-test="namespaces-listing">
            <Spinner size="md" aria-hidden="true" />
            <span role="status">{t('Loading more namespaces…')}</span>
          </ToolbarItem>
        )}
        <ToolbarItem variant="pagination" align={{ default: 'alignEnd' }}>
          <Pagination
            itemCount={p.count}
            page={p.page}
            perPage={p.perPage}
            perPageOptions={[20, 50, 100].map((v) => ({ title: String(v), value: v }))}
            onSetPage={(_e, page) => p.onPage(page, p.perPage)}
            onPerPageSelect={(_e, perPage) => p.onPage(1, perPage)}
            isCompact
            titles={paginationTitles}
          />
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
};
