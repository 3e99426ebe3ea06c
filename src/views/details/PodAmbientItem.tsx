import * as React from 'react';
import { DescriptionList, Spinner } from '@patternfly/react-core';
import type { PodKind } from '../../k8s/pod/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { Item } from '../topology/graph/DetailItem';
import { EnrollmentCell } from '../topology/table/EnrollmentCell';
import { ProblemsCell } from '../topology/table/ProblemsCell';
import { WaypointCellView } from '../topology/table/WaypointCellView';
import { useTopologyLabels } from '../topology/table/useTopologyLabels';
import { usePodAmbient } from './usePodAmbient';
import { useRuleText } from './useRuleText';

type Props = { obj: PodKind };

/**
 * `console.resource/details-item` on Pod details: captured or not, HBONE or TCP, the rule that
 * decided it, its waypoint and problems, as the topology shows the pod.
 */
const PodAmbientItem: React.FC<Props> = ({ obj }) => {
  const { t } = useAmbientTranslation();
  const labels = useTopologyLabels();
  const ruleText = useRuleText();
  const data = usePodAmbient(obj);
  if (!data.loaded) return <Spinner size="sm" aria-label={t('Loading')} />;
  const { row } = data;
  if (!row) {
    return (
      <span data-test="pod-ambient">
        {t('Not listed by ztunnel: the pod has no IP or has ended')}
      </span>
    );
  }
  return (
    <DescriptionList isCompact isHorizontal data-test="pod-ambient">
      <Item term={t('Status')}>
        <EnrollmentCell row={row} labels={labels} />
      </Item>
      <Item term={t('Protocol')}>{row.protocol}</Item>
      <Item term={t('Decided by')}>
        <span data-test="pod-ambient-rule">{ruleText(row, obj, data)}</span>
      </Item>
      <Item term={t('Waypoint')}>
        <WaypointCellView row={row} labels={labels} />
      </Item>
      {row.problems.length > 0 && (
        <Item term={t('Problems')}>
          <ProblemsCell row={row} labels={labels} />
        </Item>
      )}
    </DescriptionList>
  );
};

export default PodAmbientItem;
