import i18n, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Loads a namespace from /locales/resource.json, as the console's i18next backend does. */
const backend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lng: string, ns: string, callback: ReadCallback) => {
    fetch(`/locales/resource.json?lng=${encodeURIComponent(lng)}&ns=${encodeURIComponent(ns)}`)
      .then((r) => (r.ok ? r.json() : {}))
      .then(
        (data) => callback(null, data),
        (err: Error) => callback(err, false),
      );
  },
};

/**
 * Initializes i18next as the console does, loading the `preload` namespaces at once (the
 * console's `ns` at init: its own and those of plugins with `loadType: Preload`); any other
 * namespace loads when a component first uses it.
 */
export const initI18n = (preload: string[]) =>
  i18n
    .use(backend)
    .use(initReactI18next)
    .init({
      lng: 'en',
      fallbackLng: 'en',
      ns: preload,
      defaultNS: false,
      nsSeparator: '~',
      keySeparator: false,
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });

/** A label of console-extensions.json: `%plugin__name~Text%` is translated; others as written. */
export const translateLabel = (label: string, t: (key: string) => string): string => {
  const m = label.match(/^%(.+)%$/);
  return m ? t(m[1]) : label;
};

/** The i18n namespaces that labels refer to. */
export const labelNamespaces = (labels: string[]): string[] => [
  ...new Set(labels.flatMap((l) => l.match(/^%([^~]+)~.+%$/)?.[1] ?? [])),
];
