import * as React from 'react';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Status } from '../../../components/Status';
import { NodeModel, gvkOf } from '../../../models';
import type { WorkloadRow } from '../../../mesh/topology/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

/** The node, flagged when its ztunnel is not ready or missing. */
export const NodeCell: React.FC<{ row: WorkloadRow }> = ({ row }) => {
  const { t } = useAmbientTranslation();
  if (!row.node) return <>{t('Not scheduled')}</>;
  const node = <ResourceLink groupVersionKind={gvkOf(NodeModel)} name={row.node} inline />;
  if (row.ztunnel !== 'not-ready' && row.ztunnel !== 'missing') return node;
  const label = row.ztunnel === 'missing' ? t('No ztunnel on this node') : t('ztunnel not ready');
  return (
    <>
      {node}{' '}
      <small>
        <Status status="danger" label={label} />
      </small>
    </>
  );
};
