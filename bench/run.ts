// `npm run bench`: runs every bench/*.bench.ts in its own Node process (with --expose-gc), in name
// order, or only those whose name contains one of the arguments. The page benchmarks' plugin build
// (dist/) is made first when it is missing or older than its sources (`support/pluginBuild.ts`).
// A benchmark prints its figures and exits non-zero when it misses its goal. `--scenario xlarge`
// runs the page and cluster benchmarks on the `xlarge` scenario (BENCH_SCENARIO; `large` by
// default).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ensurePluginBuild } from './support/pluginBuild';

const args = process.argv.slice(2);
const at = args.findIndex((a) => a === '--scenario' || a.startsWith('--scenario='));
const scenario =
  at < 0 ? process.env.BENCH_SCENARIO : (args[at].split('=')[1] ?? (args[at + 1] as string));
if (at >= 0) args.splice(at, args[at].includes('=') ? 1 : 2);
const filters = args;
const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

// the page benchmarks measure the plugin's build: made first when missing or older than the code
const pages = files.filter((f) =>
  fs.readFileSync(path.join(__dirname, f), 'utf8').includes('withBrowserSandbox'),
);
if (pages.length && !ensurePluginBuild()) {
  console.log('the plugin build failed: no benchmark run');
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  console.log(`\n### ${file}`);
  const res = spawnSync(
    process.execPath,
    ['--expose-gc', '-r', 'ts-node/register/transpile-only', path.join(__dirname, file)],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        TS_NODE_PROJECT: 'sandbox/tsconfig.json',
        ...(scenario ? { BENCH_SCENARIO: scenario } : {}),
      },
    },
  );
  if (res.status !== 0) {
    failed += 1;
    console.log(`${file}: FAILED (exit ${res.status})`);
  }
}
console.log(`\n${files.length - failed} benchmarks met their goals, ${failed} missed`);
process.exit(failed ? 1 : 0);
