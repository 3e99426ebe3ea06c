import * as React from 'react';
import { Radio, Stack } from '@patternfly/react-core';
import type { RemoveMode } from '../../../mesh/enrollment/preflight';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

type Props = { value: RemoveMode; onChange: (mode: RemoveMode) => void };

/** The choice between removing the label and excluding, with what each one means. */
export const RemoveChoice: React.FC<Props> = ({ value, onChange }) => {
  const { t } = useAmbientTranslation();
  return (
    <Stack hasGutter>
      <Radio
        id="remove-mode-remove"
        name="remove-mode"
        label={t('Remove the label')}
        description={t(
          'Deletes istio.io/dataplane-mode: the namespace no longer asks for ambient and goes back to no data plane mode. Pods that carry their own ambient label stay enrolled.',
        )}
        isChecked={value === 'remove'}
        onChange={() => onChange('remove')}
      />
      <Radio
        id="remove-mode-exclude"
        name="remove-mode"
        label={t('Exclude')}
        description={t(
          "Sets istio.io/dataplane-mode=none: the namespace explicitly opts out, and stays out even where tooling enrolls namespaces by default. A pod's own ambient label still enrolls that pod.",
        )}
        isChecked={value === 'exclude'}
        onChange={() => onChange('exclude')}
      />
    </Stack>
  );
};
