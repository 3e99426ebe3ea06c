import type { FieldProblem } from '../../../mesh/install/causes';
import type { InstallChoices } from '../../../mesh/install/types';
import type { ChoiceErrors, InstallField } from '../../../mesh/install/validation';

/** What every form step of the wizard receives. */
export type FormStepProps = {
  choices: InstallChoices;
  onChange: (patch: Partial<InstallChoices>) => void;
  errors: ChoiceErrors;
  /** Problems the server's dry run found, placed at their fields. */
  problems: FieldProblem[];
  locked: InstallField[];
};
