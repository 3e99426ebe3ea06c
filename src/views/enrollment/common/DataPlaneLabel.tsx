import * as React from 'react';
import { Label, type LabelProps } from '@patternfly/react-core';
import type { DataPlaneMode } from '../../../mesh/enrollment/namespaceEnrollment';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

const COLOR: Record<DataPlaneMode, LabelProps['color']> = {
  ambient: 'teal',
  sidecar: 'purple',
  excluded: 'orange',
  none: 'grey',
  mixed: 'yellow',
};

export const useDataPlaneText = () => {
  const { t } = useAmbientTranslation();
  return React.useCallback(
    (mode: DataPlaneMode | 'all'): string => {
      switch (mode) {
        case 'ambient':
          return t('Ambient');
        case 'sidecar':
          return t('Sidecar');
        case 'excluded':
          return t('Excluded');
        case 'none':
          return t('None');
        case 'mixed':
          return t('Mixed');
        default:
          return t('All data planes');
      }
    },
    [t],
  );
};

/** The data plane of a namespace as a coloured label. */
export const DataPlaneLabel: React.FC<{ mode: DataPlaneMode }> = ({ mode }) => {
  const text = useDataPlaneText();
  return (
    <Label color={COLOR[mode]} isCompact data-test="data-plane">
      {text(mode)}
    </Label>
  );
};
