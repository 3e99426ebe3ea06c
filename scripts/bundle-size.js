// `npm run bench:bundle`: builds (unless --no-build) and prints the gzipped size of what the
// console downloads on every page load (manifest + entry) and of each exposed module's chunks.
// Fails when the manifest and entry together exceed the budget.
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BUDGET_KB = 15;
const root = path.resolve(__dirname, '..');
const dist = path.resolve(root, process.env.PLUGIN_DIST || 'dist');

if (!process.argv.includes('--no-build'))
  execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });

const gz = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'plugin-manifest.json'), 'utf8'));
const entryFiles = manifest.loadScripts;
const upfront = gz('plugin-manifest.json') + entryFiles.reduce((sum, f) => sum + gz(f), 0);

console.log(`plugin-manifest.json                 ${kb(gz('plugin-manifest.json'))}`);
entryFiles.forEach((f) => console.log(`${f.padEnd(36)} ${kb(gz(f))}`));
console.log(`manifest + entry (every page load)   ${kb(upfront)} of ${BUDGET_KB} KB budget`);

// Every other script is loaded lazily, when a route, tab or action first needs it.
const chunks = fs.readdirSync(dist).filter((f) => f.endsWith('.js') && !entryFiles.includes(f));
const total = chunks.reduce((sum, f) => sum + gz(f), 0);
console.log(`\nlazy chunks (${chunks.length}), gzipped:`);
chunks
  .map((f) => [f, gz(f)])
  .sort((a, b) => b[1] - a[1])
  .forEach(([f, n]) => console.log(`  ${f.padEnd(48)} ${kb(n)}`));
console.log(`  total lazy                                       ${kb(total)}`);

if (upfront > BUDGET_KB * 1024) {
  console.error(`\nover budget: ${kb(upfront)} > ${BUDGET_KB} KB`);
  process.exit(1);
}
