import * as path from 'path';
import * as ts from 'typescript';

// The shell app has its own tsconfig (JSX, DOM); sandbox/tsconfig.json leaves it out. Checking it
// here keeps it in `npm test` (also: npx tsc --noEmit -p sandbox/console/app/tsconfig.json).
it('the console shell app type-checks', () => {
  const configFile = path.join(__dirname, 'app/tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configFile));
  const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
  const errors = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.formatDiagnostic(d, ts.createCompilerHost(parsed.options)));
  expect(errors).toEqual([]);
}, 300000);
