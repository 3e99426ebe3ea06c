import * as React from 'react';
import { DescriptionList, Spinner } from '@patternfly/react-core';
import type { NamespaceKind } from '../../k8s/namespace/types';
import { labelDataPlane } from '../../mesh/enrollment/namespaceEnrollment';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { DataPlaneLabel } from '../enrollment/common/DataPlaneLabel';
import { Item } from '../topology/graph/DetailItem';
import { useTopologyLabels } from '../topology/table/useTopologyLabels';
import { useNamespaceAmbient } from './useNamespaceAmbient';

type Props = { obj: NamespaceKind };

/**
 * `console.resource/details-item` on Namespace and Project details: the data plane, how many of
 * its pods ztunnel captures, and its waypoint.
 */
const NamespaceAmbientItem: React.FC<Props> = ({ obj }) => {
  const { t } = useAmbientTranslation();
  const labels = useTopologyLabels();
  const data = useNamespaceAmbient(obj);
  if (!data.loaded) return <Spinner size="sm" aria-label={t('Loading')} />;
  const w = data.waypoint;
  return (
    <DescriptionList isCompact isHorizontal data-test="namespace-ambient">
      <Item term={t('Data plane')}>
        <DataPlaneLabel mode={data.rollUp?.dataPlane ?? labelDataPlane(obj)} />
      </Item>
      <Item term={t('Pods captured')}>
        <span data-test="namespace-ambient-captured">
          {data.rollUp
            ? t('{{captured}} of {{total}}', data.rollUp)
            : t('Unknown: you may not list the pods of this namespace')}
        </span>
      </Item>
      <Item term={t('Waypoint')}>
        <span data-test="namespace-ambient-waypoint">
          {w
            ? t('{{name}} ({{state}})', { name: w.name, state: labels.waypoint[w.state] })
            : t('None')}
        </span>
      </Item>
    </DescriptionList>
  );
};

export default NamespaceAmbientItem;
