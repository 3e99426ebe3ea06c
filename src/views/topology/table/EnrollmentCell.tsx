import * as React from 'react';
import type { WorkloadRow } from '../../../mesh/topology/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import type { TopologyLabels } from './useTopologyLabels';

type Props = { row: WorkloadRow; labels: TopologyLabels };

/** What the labels ask for (and where the deciding label sits) next to what happened. */
export const EnrollmentCell: React.FC<Props> = ({ row, labels }) => {
  const { t } = useAmbientTranslation();
  let intent = t('Not in ambient');
  if (row.wantsAmbient) {
    intent = row.decidedBy === 'pod' ? t('Ambient (pod label)') : t('Ambient (namespace label)');
  } else if (row.decidedBy === 'pod') {
    intent = t('Opted out (pod label)');
  }
  return (
    <div>
      <div>{intent}</div>
      <small>{labels.state[row.state]}</small>
    </div>
  );
};
