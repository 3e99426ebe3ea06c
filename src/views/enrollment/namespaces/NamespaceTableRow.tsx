import * as React from 'react';
import { Checkbox } from '@patternfly/react-core';
import { Td, Tr } from '@patternfly/react-table';
import { Link } from 'react-router-dom-v5-compat';
import { ResourceIcon } from '@openshift-console/dynamic-plugin-sdk';
import { NamespaceModel, ProjectModel, gvkOf } from '../../../models';
import type { LabelChanges } from '../../../k8s/common/labelPatch';
import { enrollmentPreflight, type MeshFacts } from '../../../mesh/enrollment/preflight';
import type { NamespaceRow } from '../../../mesh/enrollment/rows';
import type { PodKind } from '../../../k8s/pod/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { DataPlaneLabel } from '../common/DataPlaneLabel';
import { EnrollmentSwitch } from '../actions/EnrollmentSwitch';
import { WaypointCell } from './WaypointCell';
import { runsSidecars } from '../../../mesh/migration/plan';
import { MoveToAmbientButton } from '../migration/MoveToAmbientButton';

type Props = {
  row: NamespaceRow;
  rowIndex: number;
  pods: PodKind[] | undefined;
  podsLoading?: boolean;
  facts: MeshFacts;
  selected: boolean;
  onSelect: (name: string, selected: boolean) => void;
  write: (name: string, changes: LabelChanges) => Promise<boolean>;
  /** A write to this namespace is in flight. */
  busy?: boolean;
  detailsBase: string;
  guard?: string;
};

/** One namespace of the Namespaces page; only rows on the current page are rendered. */
export const NamespaceTableRow: React.FC<Props> = ({
  row,
  rowIndex,
  pods,
  podsLoading,
  facts,
  selected,
  onSelect,
  write,
  busy,
  detailsBase,
  guard,
}) => {
  const { t } = useAmbientTranslation();
  const detailsGvk = gvkOf(detailsBase.includes('/projects') ? ProjectModel : NamespaceModel);
  const findings = React.useMemo(
    () => enrollmentPreflight(row.namespace, pods ?? [], facts),
    [row.namespace, pods, facts],
  );
  let seen = t('Unknown');
  if (row.discovered === true) seen = t('Yes');
  if (row.discovered === false) seen = t('No');
  return (
    <Tr data-test={`ns-row-${row.name}`}>
      <Td>
        <Checkbox
          id={`select-ns-${rowIndex}`}
          aria-label={t('Select {{name}}', { name: row.name })}
          isChecked={selected}
          onChange={(_e, checked) => onSelect(row.name, checked)}
        />
      </Td>
      <Td dataLabel={t('Name')}>
        <ResourceIcon groupVersionKind={detailsGvk} />
        <Link to={`${detailsBase}/${row.name}/ambient-mesh`}>{row.name}</Link>
      </Td>
      <Td dataLabel={t('Seen by the mesh')}>{seen}</Td>
      <Td dataLabel={t('Data plane')}>
        <DataPlaneLabel mode={row.dataPlane} />
      </Td>
      <Td dataLabel={t('Pods captured')} data-test="captured">
        {podsLoading && t('Loading')}
        {!podsLoading && pods === undefined && t('Unknown')}
        {pods !== undefined &&
          t('{{captured, number}} of {{count, number}}', {
            captured: row.captured,
            count: row.total,
          })}
      </Td>
      <Td dataLabel={t('Waypoint')}>
        <WaypointCell waypoint={row.waypoint} waypoints={row.waypoints} namespace={row.name} />
      </Td>
      <Td dataLabel={t('Ambient')}>
        <EnrollmentSwitch
          namespace={row.namespace}
          enrolled={row.intent === 'ambient'}
          findings={findings}
          write={write}
          busy={busy}
          guard={guard}
        />
        {!guard && runsSidecars(row.namespace, pods ?? []) && (
          <MoveToAmbientButton namespace={row.namespace} />
        )}
      </Td>
    </Tr>
  );
};
