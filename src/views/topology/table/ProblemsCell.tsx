import * as React from 'react';
import { Status } from '../../../components/Status';
import type { Problem, WorkloadRow } from '../../../mesh/topology/types';
import type { TopologyLabels } from './useTopologyLabels';

type Props = { row: WorkloadRow; labels: TopologyLabels };

const POLICY_VERDICT: Partial<Record<Problem, string>> = {
  'policy-no-waypoint': 'no-waypoint',
  'policy-selector-bound': 'selector-bound',
};

/** The policies (`namespace/name`) behind a policy problem of the row, in the row's namespace by name. */
const policyNames = (row: WorkloadRow, p: Problem): string =>
  (row.policies ?? [])
    .filter((i) => i.verdict === POLICY_VERDICT[p])
    .map((i) => (i.policy.startsWith(`${row.namespace}/`) ? i.policy.split('/')[1] : i.policy))
    .join(', ');

/** Each problem of a pod on its own line, with a warning icon. */
export const ProblemsCell: React.FC<Props> = ({ row, labels }) => (
  <>
    {row.problems.map((p) => (
      <div key={p}>
        <Status
          status={p === 'sidecar' || p === 'host-network' ? 'warning' : 'danger'}
          label={labels.problem[p]}
        />
        {POLICY_VERDICT[p] && (
          <span data-test="problem-policies">{` (${policyNames(row, p)})`}</span>
        )}
      </div>
    ))}
  </>
);
