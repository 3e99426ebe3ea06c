import * as React from 'react';
import {
  Alert,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
} from '@patternfly/react-core';
import type { TargetOption } from '../../mesh/upgrade/targets';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import { useRefusalText } from './useRefusalText';

type Props = {
  options: TargetOption[];
  value: string;
  onChange: (v: string) => void;
  isDisabled: boolean;
};

/** The target version: only supported ones may be chosen; the others say why not. */
export const TargetSelect: React.FC<Props> = ({ options, value, onChange, isDisabled }) => {
  const { t } = useAmbientTranslation();
  const why = useRefusalText();
  const chosen = options.find((o) => o.version === value);
  return (
    <FormGroup label={t('Target version')} fieldId="upgrade-target">
      <FormSelect
        id="upgrade-target"
        value={value}
        onChange={(_e, v) => onChange(v)}
        isDisabled={isDisabled}
        aria-label={t('Target version')}
      >
        <FormSelectOption value="" label={t('Choose a version')} isPlaceholder />
        {options.map((o) => (
          <FormSelectOption
            key={o.version}
            value={o.version}
            label={o.refusal ? `${o.version} (${why(o.refusal)})` : o.version}
            isDisabled={!!o.refusal && o.version !== value}
          />
        ))}
      </FormSelect>
      {chosen?.refusal && (
        <Alert
          variant="danger"
          isInline
          isPlain
          title={t('{{version}} cannot be the target', { version: chosen.version })}
          data-test="target-refused"
        >
          {why(chosen.refusal)}
        </Alert>
      )}
      {!options.some((o) => !o.refusal) && (
        <FormHelperText>
          <HelperText>
            <HelperTextItem>
              {t(
                'No upgrade is available: the install runs the newest version the operator supports for it.',
              )}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      )}
    </FormGroup>
  );
};
