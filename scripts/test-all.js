// `npm test`: every check of the project, in order, then one line `N passed, N failed`.
// Checks that are not test runners count as one test each; Jest and Playwright count their tests.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'npm-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

const run = (name, cmd, args, env = {}) => {
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: res.status === 0, seconds };
};

const check = (name, cmd, args) => {
  const { ok, seconds } = run(name, cmd, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds}s)`);
  return ok;
};

const readJSON = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

const jestSuite = () => {
  const out = path.join(tmp, 'jest.json');
  const { ok, seconds } = run('unit tests', 'npx', [
    'jest',
    '--ci',
    '--json',
    `--outputFile=${out}`,
  ]);
  const r = readJSON(out);
  const passed = r?.numPassedTests ?? 0;
  const failed = (r?.numFailedTests ?? 0) + (r?.numRuntimeErrorTestSuites ?? 0);
  totals.passed += passed;
  totals.failed += failed || (ok ? 0 : 1);
  totals.skipped += r?.numPendingTests ?? 0;
  summary.push(
    `${ok ? 'ok  ' : 'FAIL'} unit tests: ${passed} passed, ${failed} failed (${seconds}s)`,
  );
};

const e2eSuite = () => {
  const out = path.join(tmp, 'e2e.json');
  const { ok, seconds } = run(
    'integration tests',
    'npx',
    ['playwright', 'test', '-c', 'integration-tests/playwright.config.ts', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: out },
  );
  const stats = readJSON(out)?.stats ?? {};
  const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  const failed = stats.unexpected ?? 0;
  totals.passed += passed;
  totals.failed += failed || (ok ? 0 : 1);
  totals.skipped += stats.skipped ?? 0;
  summary.push(
    `${ok ? 'ok  ' : 'FAIL'} integration tests: ${passed} passed, ${failed} failed (${seconds}s)`,
  );
};

// Which Chromium, Helm and kubectl the tests run (all from the lock file; CHROMIUM_PATH overrides).
check('tools from the lock file', 'node', [
  '-r',
  'ts-node/register/transpile-only',
  'integration-tests/support/printTools.ts',
]);
check('lint', 'npm', ['run', '--silent', 'lint']);
check('import layers', 'node', ['scripts/check-layers.js']);
check('dead code (knip)', 'npx', ['knip']);
check('type check', 'npm', ['run', '--silent', 'typecheck']);
check('locale file current', 'npm', ['run', '--silent', 'i18n:check']);
jestSuite();
const built = check('production build', 'npm', ['run', '--silent', 'build']);
if (built) {
  check('plugin manifest', 'node', ['scripts/check-manifest.js']);
  check('bundle budget', 'node', ['scripts/bundle-size.js', '--no-build']);
}
if (fs.existsSync(path.join(root, 'integration-tests/playwright.config.ts'))) {
  if (built) e2eSuite();
  else summary.push('FAIL integration tests: not run, the build failed');
}

fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\n${summary.join('\n')}\n`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
