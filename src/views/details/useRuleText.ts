import * as React from 'react';
import { getLabel } from '../../k8s/common/selectors';
import type { PodKind } from '../../k8s/pod/types';
import { DATAPLANE_MODE_LABEL } from '../../mesh/labels';
import type { WorkloadRow } from '../../mesh/topology/types';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

/** Which label decided a pod's enrollment, in words; the namespace's unknown when unreadable. */
export const useRuleText = () => {
  const { t } = useAmbientTranslation();
  return React.useCallback(
    (row: WorkloadRow, pod: PodKind, ctx: { namespaceUnknown: boolean }): string => {
      if (row.state === 'sidecar') return t('A sidecar wins over ambient');
      if (row.state === 'host-network') return t('hostNetwork pods are never captured');
      if (row.decidedBy === 'pod') {
        return t('Pod label {{label}}={{value}}', {
          label: DATAPLANE_MODE_LABEL,
          value: getLabel(pod, DATAPLANE_MODE_LABEL) ?? '',
        });
      }
      if (row.decidedBy === 'namespace') {
        return t('Namespace label {{label}}=ambient on {{namespace}}', {
          label: DATAPLANE_MODE_LABEL,
          namespace: row.namespace,
        });
      }
      if (ctx.namespaceUnknown) {
        return t('Unknown: you may not read namespace {{namespace}}', { namespace: row.namespace });
      }
      return t('No {{label}} label asks for ambient', { label: DATAPLANE_MODE_LABEL });
    },
    [t],
  );
};
