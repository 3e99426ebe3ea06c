// Two projects: the plugin (jsdom, React Testing Library) and the sandbox (node).
const fs = require('fs');
const path = require('path');

// Only folders that exist: Jest rejects a missing root.
const existing = (dirs) =>
  dirs.filter((d) => fs.existsSync(path.join(__dirname, d))).map((d) => `<rootDir>/${d}`);

const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }];

module.exports = {
  projects: [
    {
      displayName: 'plugin',
      testEnvironment: 'jsdom',
      roots: existing(['src', 'scripts']),
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform: { '^.+\\.tsx?$': tsJest },
      setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
      moduleNameMapper: {
        '\\.css$': '<rootDir>/__mocks__/style.ts',
        '^@openshift-console/dynamic-plugin-sdk$':
          '<rootDir>/__mocks__/@openshift-console/dynamic-plugin-sdk.tsx',
        '^react-i18next$': '<rootDir>/__mocks__/react-i18next.ts',
      },
    },
    {
      displayName: 'sandbox',
      testEnvironment: 'node',
      roots: existing(['sandbox', 'charts', 'bench']),
      testMatch: ['**/*.test.ts'],
      transform: {
        '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'sandbox/tsconfig.json', isolatedModules: true }],
      },
    },
  ],
};
