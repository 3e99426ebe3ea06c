import * as React from 'react';
import { FormHelperText, HelperText, HelperTextItem } from '@patternfly/react-core';
import type { FieldProblem } from '../../../mesh/install/causes';
import type { ChoiceErrors, InstallField } from '../../../mesh/install/validation';
import { useFieldErrorText } from './fieldErrorText';

type Props = {
  field: InstallField;
  errors: ChoiceErrors;
  problems: FieldProblem[];
  hint: string;
};

/** The helper text of a field: its validation error, the server's dry-run error, or a hint. */
export const FieldHelp: React.FC<Props> = ({ field, errors, problems, hint }) => {
  const errorText = useFieldErrorText();
  const error = errorText(errors[field]);
  const server = problems.filter((p) => p.field === field).map((p) => p.message);
  return (
    <FormHelperText>
      <HelperText>
        {error && (
          <HelperTextItem variant="error" id={`${field}-error`}>
            {error}
          </HelperTextItem>
        )}
        {server.map((m) => (
          <HelperTextItem variant="error" key={m}>
            {m}
          </HelperTextItem>
        ))}
        {!error && !server.length && <HelperTextItem>{hint}</HelperTextItem>}
      </HelperText>
    </FormHelperText>
  );
};

/** `error` when the field has a validation or dry-run problem, for the input's `validated`. */
export const validatedOf = (
  field: InstallField,
  errors: ChoiceErrors,
  problems: FieldProblem[],
): 'error' | 'default' =>
  errors[field] || problems.some((p) => p.field === field) ? 'error' : 'default';
