// Extracts every translatable string of the plugin into its locale file.
// `npm run i18n` rewrites locales/en/plugin__ambient-mesh-plugin.json; `npm run i18n:check` fails
// when the committed file is stale.
const { ConsoleExtensionsLexer } = require('./scripts/i18n-lexers');

module.exports = {
  input: ['src/**/*.{ts,tsx}', 'console-extensions.json', '!src/**/*.test.{ts,tsx}'],
  output: process.env.I18N_OUTPUT || 'locales/$LOCALE/$NAMESPACE.json',
  sort: true,
  createOldCatalogs: false,
  keySeparator: false,
  namespaceSeparator: '~',
  reactNamespace: false,
  defaultNamespace: 'plugin__ambient-mesh-plugin',
  locales: ['en'],
  // a plural's `_other` text comes from `defaultValue_other` in the t() call; the key is the `_one`
  defaultValue: (_locale, _ns, key, value) =>
    value || key.replace(/_(zero|one|two|few|many|other)$/, ''),
  failOnWarnings: false,
  lexers: {
    ts: [{ lexer: 'JavascriptLexer', functions: ['t'] }],
    tsx: [{ lexer: 'JsxLexer', functions: ['t'] }],
    json: [ConsoleExtensionsLexer],
    default: ['JavascriptLexer'],
  },
};
