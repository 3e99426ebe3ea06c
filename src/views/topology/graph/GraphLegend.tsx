import * as React from 'react';
import { Label, LabelGroup } from '@patternfly/react-core';
import type { AggregationLevel, GraphStatus } from '../../../mesh/topology/graphTypes';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import type { TopologyLabels } from '../table/useTopologyLabels';

const COLOURS: Record<GraphStatus, 'green' | 'red' | 'orange' | 'blue' | 'grey'> = {
  success: 'green',
  danger: 'red',
  warning: 'orange',
  info: 'blue',
  default: 'grey',
};
const ORDER: GraphStatus[] = ['success', 'danger', 'warning', 'default', 'info'];

type Props = { labels: TopologyLabels; level: AggregationLevel; pods: number };

/** What the colours mean, and how pods are drawn at this size. */
export const GraphLegend: React.FC<Props> = ({ labels, level, pods }) => {
  const { t } = useAmbientTranslation();
  const how = {
    pods: t('{{count}} pod, one node each', {
      count: pods,
      defaultValue_other: '{{count}} pods, one node each',
    }),
    namespace: t(
      '{{count}} pod, counted per namespace on each node: click a count to show its pods',
      {
        count: pods,
        defaultValue_other:
          '{{count}} pods, counted per namespace on each node: click a count to show its pods',
      },
    ),
    state: t('{{count}} pod, counted per status on each node: click a count to show its pods', {
      count: pods,
      defaultValue_other:
        '{{count}} pods, counted per status on each node: click a count to show its pods',
    }),
  }[level];
  return (
    <div aria-label={t('Legend')} role="group">
      <LabelGroup categoryName={t('Legend')} numLabels={ORDER.length}>
        {ORDER.map((s) => (
          <Label key={s} color={COLOURS[s]} isCompact>
            {labels.status[s]}
          </Label>
        ))}
      </LabelGroup>{' '}
      <small>{how}</small>
    </div>
  );
};
