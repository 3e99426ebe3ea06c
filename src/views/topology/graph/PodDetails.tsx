import * as React from 'react';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { NamespaceModel, PodModel, gvkOf } from '../../../models';
import type { WorkloadRow } from '../../../mesh/topology/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { EnrollmentCell } from '../table/EnrollmentCell';
import { NodeCell } from '../table/NodeCell';
import { ProblemsCell } from '../table/ProblemsCell';
import { WaypointCellView } from '../table/WaypointCellView';
import type { TopologyLabels } from '../table/useTopologyLabels';
import { Item } from './DetailItem';

/** The table row of one pod, as a description list. */
export const PodDetails: React.FC<{ row: WorkloadRow; labels: TopologyLabels }> = ({
  row,
  labels,
}) => {
  const { t } = useAmbientTranslation();
  return (
    <>
      <Item term={t('Pod')}>
        <ResourceLink
          groupVersionKind={gvkOf(PodModel)}
          name={row.name}
          namespace={row.namespace}
        />
      </Item>
      <Item term={t('Namespace')}>
        <ResourceLink groupVersionKind={gvkOf(NamespaceModel)} name={row.namespace} />
      </Item>
      <Item term={t('Node')}>
        <NodeCell row={row} />
      </Item>
      <Item term={t('Address')}>{row.address || '-'}</Item>
      <Item term={t('Protocol')}>{row.protocol}</Item>
      <Item term={t('Enrollment')}>
        <EnrollmentCell row={row} labels={labels} />
      </Item>
      <Item term={t('Waypoint')}>
        <WaypointCellView row={row} labels={labels} />
      </Item>
      {row.problems.length > 0 && (
        <Item term={t('Problems')}>
          <ProblemsCell row={row} labels={labels} />
        </Item>
      )}
    </>
  );
};
