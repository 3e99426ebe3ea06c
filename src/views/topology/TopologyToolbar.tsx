import * as React from 'react';
import {
  Button,
  FormSelect,
  FormSelectOption,
  SearchInput,
  Spinner,
  Switch,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { WAYPOINT_NONE } from '../../mesh/topology/filter';
import type { Protocol, TopologyModel } from '../../mesh/topology/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import type { TopologyFilters } from './useTopologyFilters';
import { NamespaceTypeahead } from './NamespaceTypeahead';

type Props = TopologyFilters & {
  model: TopologyModel;
  /** Rows after filtering; undefined while loading. */
  shown?: number;
  /** The pods list is still coming in: more rows are on their way. */
  listing?: boolean;
  onExport?: () => void;
};

const ALL = '';

/** Filters shared by the table and the graph, and the CSV export. */
export const TopologyToolbar: React.FC<Props> = ({
  model,
  filters,
  setNamespace,
  setFilter,
  clear,
  shown,
  listing,
  onExport,
}) => {
  const { t } = useAmbientTranslation();
  const namespaces = React.useMemo(() => {
    const names = model.namespaces.map((n) => n.name);
    return filters.namespace && !names.includes(filters.namespace)
      ? [filters.namespace, ...names]
      : names;
  }, [model.namespaces, filters.namespace]);
  return (
    <Toolbar clearAllFilters={clear}>
      <ToolbarContent>
        <ToolbarItem>
          <NamespaceTypeahead
            namespaces={namespaces}
            value={filters.namespace}
            onChange={setNamespace}
          />
        </ToolbarItem>
        <ToolbarItem>
          <FormSelect
            aria-label={t('Node')}
            value={filters.node ?? ALL}
            onChange={(_e, v) => setFilter('node', v || undefined)}
          >
            <FormSelectOption value={ALL} label={t('All nodes')} />
            {model.nodes.map((n) => (
              <FormSelectOption key={n.name} value={n.name} label={n.name} />
            ))}
          </FormSelect>
        </ToolbarItem>
        <ToolbarItem>
          <FormSelect
            aria-label={t('Protocol')}
            value={filters.protocol ?? ALL}
            onChange={(_e, v) => setFilter('protocol', (v || undefined) as Protocol | undefined)}
          >
            <FormSelectOption value={ALL} label={t('All protocols')} />
            <FormSelectOption value="HBONE" label={t('HBONE')} />
            <FormSelectOption value="TCP" label={t('TCP')} />
          </FormSelect>
        </ToolbarItem>
        <ToolbarItem>
          <FormSelect
            aria-label={t('Waypoint')}
            value={filters.waypoint ?? ALL}
            onChange={(_e, v) => setFilter('waypoint', v || undefined)}
          >
            <FormSelectOption value={ALL} label={t('All waypoints')} />
            <FormSelectOption value={WAYPOINT_NONE} label={t('No waypoint')} />
            {model.waypoints.map((w) => (
              <FormSelectOption key={w.id} value={w.id} label={w.id} />
            ))}
          </FormSelect>
        </ToolbarItem>
        <ToolbarItem>
          <SearchInput
            aria-label={t('Search by pod name')}
            placeholder={t('Search by pod name')}
            value={filters.search ?? ''}
            onChange={(_e, v) => setFilter('search', v)}
            onClear={() => setFilter('search', '')}
          />
        </ToolbarItem>
        <ToolbarItem alignSelf="center">
          <Switch
            id="topology-problems-only"
            label={t('Problems only')}
            isChecked={!!filters.problemsOnly}
            onChange={(_e, checked) => setFilter('problemsOnly', checked)}
          />
        </ToolbarItem>
        {Object.values(filters).some((v) => !!v) && (
          <ToolbarItem>
            <Button variant="link" onClick={clear}>
              {t('Clear filters')}
            </Button>
          </ToolbarItem>
        )}
        {onExport && (
          <ToolbarItem>
            <Button variant="secondary" onClick={onExport}>
              {t('Export CSV')}
            </Button>
          </ToolbarItem>
        )}
        {shown !== undefined && (
          <ToolbarItem alignSelf="center" variant="pagination" data-test="pod-count">
            {t('{{shown, number}} of {{count, number}} pod', {
              shown,
              count: model.rows.length,
              defaultValue_other: '{{shown, number}} of {{count, number}} pods',
            })}
          </ToolbarItem>
        )}
        {listing && (
          <ToolbarItem alignSelf="center" gap={{ default: 'gapSm' }} data-test="pods-listing">
            <Spinner size="md" aria-hidden="true" />
            <span role="status">{t('Loading more pods…')}</span>
          </ToolbarItem>
        )}
      </ToolbarContent>
    </Toolbar>
  );
};
