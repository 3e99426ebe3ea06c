import type { FieldError } from '../../../mesh/install/validation';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

/** The words of a field validation error. */
export const useFieldErrorText = () => {
  const { t } = useAmbientTranslation();
  return (e: FieldError | undefined): string | undefined => {
    switch (e) {
      case undefined:
        return undefined;
      case 'required':
        return t('Required.');
      case 'dns1123':
        return t(
          'Use lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
        );
      case 'tooLong':
        return t('Too long: at most 63 characters.');
      case 'labelKey':
        return t(
          'Write the label as key=value, with a valid key (letters, digits, -, _, ., an optional DNS prefix and /).',
        );
      case 'labelValue':
        return t(
          'The label value may have at most 63 letters, digits, -, _ or ., starting and ending with a letter or digit.',
        );
      case 'notSupported':
        return t('This version is not supported by the installed operator.');
      case 'upgradeStep':
        return t(
          'An upgrade goes at most one minor version up from the installed version, and never down.',
        );
      default:
        return e;
    }
  };
};
