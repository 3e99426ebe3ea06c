import * as React from 'react';
import { Checkbox } from '@patternfly/react-core';
import { Table, Tbody, Th, Thead, Tr, type ThProps } from '@patternfly/react-table';
import type { LabelChanges } from '../../../k8s/common/labelPatch';
import type { MeshFacts } from '../../../mesh/enrollment/preflight';
import type { NamespaceRow, RowSort } from '../../../mesh/enrollment/rows';
import type { PodKind } from '../../../k8s/pod/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { NamespaceTableRow } from './NamespaceTableRow';

type Props = {
  /** The page's rows: "select all" selects each of them. */
  rows: NamespaceRow[];
  /** How many of them are drawn (all but in the first frame: `useFirstFrame`). */
  drawn: number;
  podsByNamespace?: Map<string, PodKind[]>;
  podsLoading?: boolean;
  facts: MeshFacts;
  selected: Set<string>;
  onSelect: (names: string[], selected: boolean) => void;
  sort: RowSort;
  onSort: (sort: RowSort) => void;
  write: (name: string, changes: LabelChanges) => Promise<boolean>;
  /** Names whose write is in flight. */
  busy?: Record<string, true>;
  detailsBase: string;
  /** Why a namespace may never be enrolled (system namespaces), else undefined. */
  guardOf: (name: string) => string | undefined;
};

const COLUMNS: (RowSort['by'] | null)[] = ['name', null, 'dataPlane', 'captured', null, null];
const NO_PODS: PodKind[] = [];

/** A row renders again only when its own props change (not on every list update). */
const Row = React.memo(NamespaceTableRow);

/** The rows of the current page of the Namespaces page. */
export const NamespacesTable: React.FC<Props> = (p) => {
  const { t } = useAmbientTranslation();
  const sortFor = (index: number): ThProps['sort'] | undefined => {
    const by = COLUMNS[index];
    if (!by) return undefined;
    return {
      columnIndex: index,
      sortBy: { index: COLUMNS.indexOf(p.sort.by), direction: p.sort.direction },
      onSort: (_e, _i, direction) => p.onSort({ by, direction }),
    };
  };
  const { onSelect } = p;
  const onSelectOne = React.useCallback(
    (name: string, isSelected: boolean) => onSelect([name], isSelected),
    [onSelect],
  );
  const names = p.rows.map((r) => r.name);
  const allSelected = names.length > 0 && names.every((n) => p.selected.has(n));
  const headers = [
    t('Name'),
    t('Seen by the mesh'),
    t('Data plane'),
    t('Pods captured'),
    t('Waypoint'),
    t('Ambient'),
  ];
  const info: (string | undefined)[] = [
    undefined,
    t("Whether istiod sees the namespace: the Istio CR's discovery selectors select it"),
    t('Ambient, sidecar, both, excluded or none, from the labels and the pods'),
    t('Pods the istio-cni agent has captured, of all pods in the namespace'),
    t("The waypoint the namespace's label names"),
    t('Whether the namespace asks for ambient mode (istio.io/dataplane-mode=ambient)'),
  ];
  return (
    <Table aria-label={t('Namespaces in the ambient mesh')} variant="compact">
      <Thead>
        <Tr>
          <Th aria-label={t('Selection')}>
            <Checkbox
              id="select-all-ns"
              aria-label={t('Select all on this page')}
              isChecked={allSelected}
              onChange={(_e, checked) => p.onSelect(names, checked)}
            />
          </Th>
          {headers.map((h, i) => (
            <Th
              key={h}
              sort={sortFor(i)}
              modifier="wrap"
              info={
                info[i]
                  ? { tooltip: info[i], ariaLabel: t('About {{column}}', { column: h }) }
                  : undefined
              }
            >
              {h}
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {p.rows.slice(0, p.drawn).map((row, i) => (
          <Row
            key={row.name}
            row={row}
            rowIndex={i}
            pods={p.podsByNamespace ? (p.podsByNamespace.get(row.name) ?? NO_PODS) : undefined}
            podsLoading={p.podsLoading}
            facts={p.facts}
            selected={p.selected.has(row.name)}
            onSelect={onSelectOne}
            write={p.write}
            busy={!!p.busy?.[row.name]}
            detailsBase={p.detailsBase}
            guard={p.guardOf(row.name)}
          />
        ))}
      </Tbody>
    </Table>
  );
};
