// Translation in unit tests: keys are English, so `t` returns the key with its values filled in;
// `{{name, number}}` formatted as the console's i18next formats a number in English.
const interpolate = (key: string, values?: Record<string, unknown>): string =>
  key.replace(/{{\s*(\w+)\s*(?:,\s*(number)\s*)?}}/g, (_, name: string, format?: string) => {
    const value = values?.[name];
    return format && typeof value === 'number'
      ? new Intl.NumberFormat('en').format(value)
      : String(value ?? '');
  });

// a plural other than one takes the `defaultValue_other` text, as the English catalog does
const t = (key: string, values?: Record<string, unknown>) =>
  interpolate(
    values?.count !== undefined &&
      values.count !== 1 &&
      typeof values.defaultValue_other === 'string'
      ? values.defaultValue_other
      : key,
    values,
  );

export const useTranslation = () => ({ t, i18n: { language: 'en', changeLanguage: jest.fn() } });

export const Trans = ({ children }: { children?: unknown }) => children;

export const initReactI18next = { type: '3rdParty', init: jest.fn() };
