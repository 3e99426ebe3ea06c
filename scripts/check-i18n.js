// Fails when the committed locale file differs from what `npm run i18n` would write.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-'));
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules/i18next-parser/bin/cli.js'),
    '--config',
    'i18next-parser.config.js',
    '--silent',
  ],
  { cwd: root, env: { ...process.env, I18N_OUTPUT: path.join(tmp, '$LOCALE/$NAMESPACE.json') } },
);
const name = 'en/plugin__ambient-mesh-plugin.json';
const fresh = fs.readFileSync(path.join(tmp, name), 'utf8');
const committed = fs.readFileSync(path.join(root, 'locales', name), 'utf8');
fs.rmSync(tmp, { recursive: true, force: true });
if (fresh !== committed) {
  const a = Object.keys(JSON.parse(fresh));
  const b = Object.keys(JSON.parse(committed));
  const missing = a.filter((k) => !b.includes(k));
  const extra = b.filter((k) => !a.includes(k));
  console.error('locales/en/plugin__ambient-mesh-plugin.json is stale: run `npm run i18n`.');
  if (missing.length) console.error(`  missing: ${missing.slice(0, 20).join(' | ')}`);
  if (extra.length) console.error(`  unused: ${extra.slice(0, 20).join(' | ')}`);
  process.exit(1);
}
console.log('locale file is current');
