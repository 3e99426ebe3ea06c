import * as React from 'react';
import { StatusIcon } from '../../../components/StatusIcon';
import type { WorkloadRow } from '../../../mesh/topology/types';
import type { TopologyLabels } from './useTopologyLabels';

type Props = { row: WorkloadRow; labels: TopologyLabels };

/** Each problem of a pod on its own line, with a warning icon. */
export const ProblemsCell: React.FC<Props> = ({ row, labels }) => (
  <>
    {row.problems.map((p) => (
      <div key={p}>
        <StatusIcon
          status={p === 'sidecar' || p === 'host-network' ? 'warning' : 'danger'}
          label={labels.problem[p]}
        />{' '}
        {labels.problem[p]}
      </div>
    ))}
  </>
);
