// Translation in unit tests: keys are English, so `t` returns the key with its values filled in.
const interpolate = (key: string, values?: Record<string, unknown>): string =>
  key.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => String(values?.[name] ?? ''));

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
