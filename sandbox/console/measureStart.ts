/**
 * Time from `npm start` to a console ready in the browser (the plugin's page heading rendered in
 * Chromium). `--cold` first removes the shell's build and cache, as on a fresh clone.
 *   node -r ts-node/register/transpile-only sandbox/console/measureStart.ts [--cold]
 * Uses CONSOLE_PORT 9200, SANDBOX_API_PORT 9202 and PLUGIN_DIST .tmp/dist-start unless set.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../integration-tests/support/chromium';

const GOAL_S = 60;
const ROOT = path.resolve(__dirname, '../..');
const env = {
  ...process.env,
  CONSOLE_PORT: process.env.CONSOLE_PORT ?? '9200',
  SANDBOX_API_PORT: process.env.SANDBOX_API_PORT ?? '9202',
  PLUGIN_DIST: process.env.PLUGIN_DIST ?? '.tmp/dist-start',
};

if (process.argv.includes('--cold')) {
  fs.rmSync(path.join(__dirname, 'dist'), { recursive: true, force: true });
  fs.rmSync(path.join(ROOT, 'node_modules/.cache/sandbox-console'), {
    recursive: true,
    force: true,
  });
}

const started = Date.now();
const child = spawn(
  process.execPath,
  ['-r', 'ts-node/register/transpile-only', 'sandbox/start.ts'],
  {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
let out = '';
child.stdout.on('data', (d: Buffer) => {
  out += d.toString();
  process.stdout.write(d);
});

const run = async () => {
  while (!out.includes('Console:')) {
    if (child.exitCode !== null) throw new Error('npm start exited');
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage();
  await page.goto(`http://localhost:${env.CONSOLE_PORT}/ambient-mesh`);
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60000 });
  const seconds = (Date.now() - started) / 1000;
  await browser.close();
  console.log(
    `npm start -> console ready in the browser: ${seconds.toFixed(1)} s (goal ${GOAL_S} s)`,
  );
  return seconds;
};

run()
  .then((s) => {
    child.kill('SIGINT');
    child.on('exit', () => process.exit(s <= GOAL_S ? 0 : 1));
  })
  .catch((err: Error) => {
    console.error(err.message);
    child.kill('SIGINT');
    process.exit(2);
  });
