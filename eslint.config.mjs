import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import prettier from 'eslint-config-prettier';

const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

// The layers of src/, top to bottom; a folder may import only the folders below it.
const LAYERS = ['views', 'components', 'utils', 'resources', 'mesh', 'k8s', 'models'];
const upperThan = (layer) =>
  LAYERS.slice(0, LAYERS.indexOf(layer)).flatMap((l) => [`**/${l}/**`, `**/${l}`]);
// Rules for one layer's files; only tests and src/testing may import src/testing.
const TESTS = ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'src/**/testing/**'];
const layer = (files, patterns) => {
  const base = [
    { group: ['**/sandbox/**', 'sandbox/**'], message: 'src/ never imports sandbox/.' },
    ...patterns,
  ];
  const testing = { group: ['**/testing/**', '**/testing'], message: 'only tests use testing/.' };
  return [
    { files, ignores: TESTS, rules: restrict([...base, testing]) },
    { files: files.map((f) => f.replace(/\*\.[^/]*$/, '*.test.{ts,tsx}')), rules: restrict(base) },
  ];
};
// Pure layers: no React, no I/O (type imports of the SDK only).
const pure = (layer) => [
  { group: ['react', 'react-*', '@patternfly/*'], message: `${layer}/ is pure: no React.` },
  {
    group: ['@openshift-console/*'],
    allowTypeImports: true,
    message: `${layer}/ does no I/O: type imports only.`,
  },
];

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
  // Layers, every arrow down (ARCHITECTURE.md): views -> resources -> mesh -> k8s -> models.
  // components/ and utils/ are shared UI of the views; src and sandbox never import each other.
  ...layer(['src/**/*.{ts,tsx}'], []),
  ...layer(
    ['src/components/**/*.{ts,tsx}', 'src/utils/**/*.{ts,tsx}'],
    [{ group: ['**/views/**'], message: 'shared UI never imports a feature.' }],
  ),
  ...layer(
    ['src/resources/**/*.{ts,tsx}'],
    [{ group: upperThan('resources'), message: 'resources/ imports mesh, k8s and models only.' }],
  ),
  ...layer(
    ['src/mesh/**/*.ts'],
    [...pure('mesh'), { group: upperThan('mesh'), message: 'mesh/ imports k8s and models only.' }],
  ),
  ...layer(
    ['src/k8s/**/*.ts'],
    [...pure('k8s'), { group: upperThan('k8s'), message: 'k8s/ imports models only.' }],
  ),
  ...layer(
    ['src/models/**/*.ts'],
    [{ group: upperThan('models'), message: 'models/ import nothing of the plugin.' }],
  ),
  {
    files: ['sandbox/**/*.{ts,tsx}'],
    rules: restrict([{ group: ['**/src/**'], message: 'sandbox/ never imports src/.' }]),
  },
  prettier,
);
