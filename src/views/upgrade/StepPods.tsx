import * as React from 'react';
import { ExpandableSection } from '@patternfly/react-core';
import type { UpgradeStep } from '../../mesh/upgrade/plan';
import type { ProgressRow } from '../../mesh/upgrade/progress';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { NodeProgress } from './NodeProgress';

/** One step's pods, open by default, folded by the person. */
export const StepPods: React.FC<{ step: UpgradeStep; rows: ProgressRow[] }> = ({ step, rows }) => {
  const { t } = useAmbientTranslation();
  const [open, setOpen] = React.useState(true);
  const title = t('Pods of {{what}}', { what: step.id });
  return (
    <ExpandableSection
      toggleText={title}
      isExpanded={open}
      onToggle={(_e, v) => setOpen(v)}
      data-test={`pods-${step.id}`}
    >
      <NodeProgress rows={rows} by={step.kind === 'Istio' ? 'pod' : 'node'} label={title} />
    </ExpandableSection>
  );
};
