import * as React from 'react';
import { Alert, AlertActionCloseButton, AlertGroup } from '@patternfly/react-core';
import { Link } from 'react-router-dom-v5-compat';
import { PageState } from '../../../components/PageState';
import { type TableGeometry, useFirstFrame } from '../../../components/useFirstFrame';
import type { NamespaceKind } from '../../../k8s/namespace/types';
import { filterRows, sortRows } from '../../../mesh/enrollment/rows';
import { partitionGuarded, systemNamespace } from '../../../mesh/enrollment/systemNamespaces';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { BulkModal } from '../bulk/BulkModal';
import { INSTALL_PATH } from '../actions/FindingsList';
import { NamespacesTable } from './NamespacesTable';
import { NamespacesToolbar } from './NamespacesToolbar';
import type { NamespacesPageData } from './useNamespacesPageData';
import { getName } from '../../../k8s/common/selectors';
import { useMeshNamespaces } from '../common/useMeshNamespaces';
import { useGuardText } from '../common/useGuardText';
import { SkippedAlert, type Skipped } from './SkippedAlert';
import { useNamespacesView } from './useNamespacesView';

type Props = {
  data: NamespacesPageData;
  /** Called once the rows are on screen (after that commit). */
  onShown?: () => void;
};

/**
 * The page above the first row and the shortest row, with some room: measured 276 and 40 px at
 * 1920 x 1080, 339 and 40 px at 1280 x 900.
 */
const GEOMETRY: TableGeometry = { aboveRowsPx: 260, rowMinPx: 40 };

/** The Namespaces page's body: the table of every namespace, its toggles and bulk actions. */
export const NamespacesBody: React.FC<Props> = ({ data, onShown }) => {
  const { t } = useAmbientTranslation();
  const view = useNamespacesView();
  const { filter, sort, paging, showSystem } = view;
  const mesh = useMeshNamespaces();
  const guardText = useGuardText();
  const [selected, setSelected] = React.useState<Set<string>>(new Set());
  const [skipped, setSkipped] = React.useState<Skipped[]>([]);
  const [bulk, setBulk] = React.useState<{
    action: 'enroll' | 'remove';
    namespaces: NamespaceKind[];
  } | null>(null);

  React.useEffect(() => {
    if (data.loaded) onShown?.();
  }, [data.loaded, onShown]);
  const shownRows = React.useMemo(
    () => (showSystem ? data.rows : data.rows.filter((r) => !systemNamespace(r.name, mesh).hidden)),
    [data.rows, showSystem, mesh],
  );
  const visible = React.useMemo(
    () => sortRows(filterRows(shownRows, filter), sort),
    [shownRows, filter, sort],
  );
  const pageRows = visible.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage);
  const drawn = useFirstFrame(pageRows.length > 0, paging.perPage, GEOMETRY);
  const onSelect = React.useCallback(
    (names: string[], on: boolean) =>
      setSelected((s) => {
        const next = new Set(s);
        names.forEach((n) => (on ? next.add(n) : next.delete(n)));
        return next;
      }),
    [],
  );
  // the selection is frozen while the dialog is open
  const openBulk = (action: 'enroll' | 'remove') => {
    const chosen = data.namespaces.filter((n) => selected.has(getName(n)));
    if (action === 'remove') {
      setSkipped([]);
      setBulk({ action, namespaces: chosen });
      return;
    }
    // system namespaces are never enrolled: they are left out of the dialog, with the reason
    const { allowed, skipped: left } = partitionGuarded(chosen, getName, mesh);
    setSkipped(left.map(({ name, guard }) => ({ name, reason: guardText(guard) })));
    if (allowed.length > 0) setBulk({ action, namespaces: allowed });
  };
  const errors = Object.entries(data.writes.errors);
  const detailsBase =
    data.source === 'projects' ? '/k8s/cluster/projects' : '/k8s/cluster/namespaces';

  return (
    <>
      {data.facts.installed === false && (
        <Alert
          variant="warning"
          isInline
          title={t('Ambient mode is not installed')}
          actionLinks={<Link to={INSTALL_PATH}>{t('Install ambient mode')}</Link>}
        >
          {t(
            'Namespaces can be labelled now, but no pod is captured until ambient mode is installed.',
          )}
        </Alert>
      )}
      {errors.length > 0 && (
        <AlertGroup isLiveRegion>
          {errors.slice(0, 5).map(([name, message]) => (
            <Alert
              key={name}
              variant="danger"
              isInline
              title={t('Could not update {{name}}', { name })}
              actionClose={
                <AlertActionCloseButton onClose={() => data.writes.dismissError(name)} />
              }
            >
              {message}
            </Alert>
          ))}
        </AlertGroup>
      )}
      <SkippedAlert skipped={skipped} onClose={() => setSkipped([])} />
      <PageState
        loaded={data.loaded}
        error={data.error}
        empty={data.rows.length === 0}
        emptyTitle={t('No namespaces')}
      >
        <NamespacesToolbar
          filter={filter}
          onFilter={(f) => {
            view.setFilter(f);
            // a selection hidden by the new filter would be acted on unseen: start again
            setSelected(new Set());
          }}
          showSystem={showSystem}
          onShowSystem={view.setShowSystem}
          selected={selected.size}
          onBulk={openBulk}
          onClearSelection={() => setSelected(new Set())}
          count={visible.length}
          listing={data.namespacesListing}
          page={paging.page}
          perPage={paging.perPage}
          onPage={view.setPaging}
        />
        <NamespacesTable
          rows={pageRows}
          drawn={drawn}
          podsByNamespace={data.podsByNamespace}
          podsLoading={data.podsState === 'loading'}
          facts={data.facts}
          selected={selected}
          onSelect={onSelect}
          sort={sort}
          onSort={view.setSort}
          guardOf={(name) => {
            const guard = systemNamespace(name, mesh).guard;
            return guard ? guardText(guard) : undefined;
          }}
          write={data.writes.write}
          busy={data.writes.busy}
          detailsBase={detailsBase}
        />
      </PageState>
      {bulk && (
        <BulkModal
          action={bulk.action}
          namespaces={bulk.namespaces}
          podsByNamespace={data.podsByNamespace}
          facts={data.facts}
          write={data.writes.write}
          errors={data.writes.errors}
          onClose={() => {
            setBulk(null);
            setSelected(new Set());
          }}
        />
      )}
    </>
  );
};
