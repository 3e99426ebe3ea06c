// `npm run bench`: runs every bench/*.bench.ts in its own Node process (with --expose-gc), in name
// order, or only those whose name contains one of the arguments. A benchmark prints its figures and
// exits non-zero when it misses its goal.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const filters = process.argv.slice(2);
const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n### ${file}`);
  const res = spawnSync(
    process.execPath,
    ['--expose-gc', '-r', 'ts-node/register/transpile-only', path.join(__dirname, file)],
    { stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: 'sandbox/tsconfig.json' } },
  );
  if (res.status !== 0) {
    failed += 1;
    console.log(`${file}: FAILED (exit ${res.status})`);
  }
}
console.log(`\n${files.length - failed} benchmarks met their goals, ${failed} missed`);
process.exit(failed ? 1 : 0);
