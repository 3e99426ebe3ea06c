import * as React from 'react';
import { Status } from '../../../components/Status';
import type { WorkloadRow } from '../../../mesh/topology/types';
import type { TopologyLabels } from './useTopologyLabels';

type Props = { row: WorkloadRow; labels: TopologyLabels };

/** Each problem of a pod on its own line, with a warning icon. */
export const ProblemsCell: React.FC<Props> = ({ row, labels }) => (
  <>
    {row.problems.map((p) => (
      <div key={p}>
        <Status
          status={p === 'sidecar' || p === 'host-network' ? 'warning' : 'danger'}
          label={labels.problem[p]}
        />
      </div>
    ))}
  </>
);
