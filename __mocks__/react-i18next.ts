// Translation in unit tests: keys are English, so `t` returns the key with its values filled in.
const interpolate = (key: string, values?: Record<string, unknown>): string =>
  key.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => String(values?.[name] ?? ''));

const t = (key: string, values?: Record<string, unknown>) => interpolate(key, values);

export const useTranslation = () => ({ t, i18n: { language: 'en', changeLanguage: jest.fn() } });

export const Trans = ({ children }: { children?: unknown }) => children;

export const initReactI18next = { type: '3rdParty', init: jest.fn() };
