import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import prettier from 'eslint-config-prettier';

const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'integration-tests/artifacts/**',
      'sandbox/console/dist/**',
      'docs/**',
      '.tmp/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable' },
    },
  },
  // Every user-facing string of the plugin goes through i18n.
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }] },
  },
  // Boundaries of DESIGN.md: views -> resources -> models; mesh is pure; src and sandbox apart.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['**/sandbox/**', 'sandbox/**'], message: 'src/ never imports sandbox/.' },
    ]),
  },
  {
    files: ['src/mesh/**/*.ts'],
    rules: restrict([
      { group: ['**/sandbox/**'], message: 'src/ never imports sandbox/.' },
      { group: ['react', 'react-*', '@patternfly/*'], message: 'mesh/ is pure: no React.' },
      {
        group: ['**/views/**', '**/components/**', '**/hooks', '**/mutations', '**/utils/**'],
        message: 'mesh/ imports nothing of the plugin but types.',
      },
      {
        group: ['@openshift-console/*'],
        allowTypeImports: true,
        message: 'mesh/ does no I/O: type imports only.',
      },
      {
        group: ['../resources/**', '../../resources/**', '../models', '../../models'],
        allowTypeImports: true,
        message: 'mesh/ imports nothing of the plugin but types.',
      },
    ]),
  },
  {
    files: ['src/resources/**/*.{ts,tsx}', 'src/models/**/*.ts'],
    rules: restrict([
      {
        group: ['**/views/**', '**/sandbox/**'],
        message: 'resources -> models only, never views.',
      },
    ]),
  },
  {
    files: ['src/models/**/*.ts'],
    rules: restrict([
      {
        group: ['**/resources/**', '**/views/**'],
        message: 'models import nothing of the plugin.',
      },
    ]),
  },
  {
    files: ['sandbox/**/*.{ts,tsx}'],
    rules: restrict([{ group: ['**/src/**'], message: 'sandbox/ never imports src/.' }]),
  },
  prettier,
);
