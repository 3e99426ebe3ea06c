import * as React from 'react';
import { StatusIcon } from '../../../components/StatusIcon';
import type { WorkloadRow } from '../../../mesh/topology/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

/** The node, flagged when its ztunnel is not ready or missing. */
export const NodeCell: React.FC<{ row: WorkloadRow }> = ({ row }) => {
  const { t } = useAmbientTranslation();
  if (!row.node) return <>{t('Not scheduled')}</>;
  if (row.ztunnel !== 'not-ready' && row.ztunnel !== 'missing') return <>{row.node}</>;
  const label = row.ztunnel === 'missing' ? t('No ztunnel on this node') : t('ztunnel not ready');
  return (
    <>
      {row.node} <StatusIcon status="danger" label={label} /> <small>{label}</small>
    </>
  );
};
