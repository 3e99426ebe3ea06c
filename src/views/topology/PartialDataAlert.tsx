import * as React from 'react';
import { Alert } from '@patternfly/react-core';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import type { PartialData } from './useTopologyData';

/** Says which watches failed (often permissions) and what the page cannot tell because of it. */
export const PartialDataAlert: React.FC<{ partial: PartialData[] }> = ({ partial }) => {
  const { t } = useAmbientTranslation();
  if (partial.length === 0) return null;
  const what: Record<PartialData, string> = {
    nodes: t('nodes'),
    ztunnel: t('ztunnel pods (ztunnel readiness is unknown)'),
    namespaces: t('namespaces (namespace labels of other namespaces are unknown)'),
    gateways: t('Gateways of other namespaces'),
  };
  return (
    <Alert variant="warning" isInline isPlain title={t('Some data could not be read')}>
      {partial.map((p) => what[p]).join('; ')}
    </Alert>
  );
};
