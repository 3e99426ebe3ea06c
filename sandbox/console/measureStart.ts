/**
 * Time from `npm start` to the plugin's first page rendered in Chromium (its heading), and where
 * it went: the console shell's build, the plugin's first build (webpack's own figure), the sandbox
 * cluster seeded, the console ready, then the page in the browser. The browser is launched before
 * the clock starts, as a developer's browser is already open. `--cold` first removes the shell's
 * build and every webpack cache under node_modules/.cache, as on a fresh clone (the plugin's build
 * keeps no cache).
 *   node -r ts-node/register/transpile-only sandbox/console/measureStart.ts [--cold]
 * Uses CONSOLE_PORT 9200, SANDBOX_API_PORT 9202 and PLUGIN_DIST .tmp/dist-start unless set.
 */
import { type ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../integration-tests/support/chromium';

const GOAL_S = 30;
const ROOT = path.resolve(__dirname, '../..');
const env = {
  ...process.env,
  CONSOLE_PORT: process.env.CONSOLE_PORT ?? '9200',
  SANDBOX_API_PORT: process.env.SANDBOX_API_PORT ?? '9202',
  PLUGIN_DIST: process.env.PLUGIN_DIST ?? '.tmp/dist-start',
};

if (process.argv.includes('--cold')) {
  fs.rmSync(path.join(__dirname, 'dist'), { recursive: true, force: true });
  for (const cache of ['sandbox-console', 'sandbox-console-build', 'webpack']) {
    fs.rmSync(path.join(ROOT, 'node_modules/.cache', cache), { recursive: true, force: true });
  }
  fs.rmSync(path.resolve(ROOT, env.PLUGIN_DIST), { recursive: true, force: true });
}

/** CPU seconds (user + system) of a process and its descendants so far, from /proc (Linux). */
const treeCPUSeconds = (root: number): number | undefined => {
  const stat = (pid: string) => {
    try {
      // Fields after the command's closing parenthesis: state ppid ... utime(14) stime(15).
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
    } catch {
      return undefined;
    }
  };
  if (!stat(String(root))) return undefined;
  const all = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const procs = new Map(all.map((pid) => [Number(pid), stat(pid)]));
  const inTree = (pid: number): boolean =>
    pid === root || (pid > 1 && inTree(procs.get(pid)?.ppid ?? 0));
  let ticks = 0;
  procs.forEach((p, pid) => (ticks += p && inTree(pid) ? p.ticks : 0));
  return ticks / 100; // USER_HZ
};

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

/** Each `[start]` line of npm start and the `Console:` line, with the time they came. */
const split: string[] = [];
const watchOutput = (child: ChildProcess, started: number) => {
  let out = '';
  let rest = '';
  child.stdout?.on('data', (d: Buffer) => {
    process.stdout.write(d);
    out += d.toString();
    const lines = (rest + d.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const l of lines.filter((x) => x.startsWith('[start]') || x.includes('Console:'))) {
      split.push(`${seconds(started).padStart(6)} s  ${l.trim()}`);
    }
  });
  return () => out;
};

const run = async (): Promise<number> => {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const started = Date.now();
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'sandbox/start.ts'],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const output = watchOutput(child, started);
  try {
    while (!output().includes('Console:')) {
      if (child.exitCode !== null) throw new Error('npm start exited');
      await new Promise((r) => setTimeout(r, 100));
    }
    const page = await browser.newPage();
    await page.goto(`http://localhost:${env.CONSOLE_PORT}/ambient-mesh`);
    split.push(`${seconds(started).padStart(6)} s  the page's HTML loaded`);
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60000 });
    const total = (Date.now() - started) / 1000;
    const cpu = child.pid ? treeCPUSeconds(child.pid) : undefined;
    split.push(`${seconds(started).padStart(6)} s  the plugin's heading rendered`);
    if (cpu !== undefined) split.push(`CPU time of npm start's processes until then: ${cpu} s`);
    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    split.push(`load average (1, 5, 15 min): ${load}`);
    console.log(`\n${split.join('\n')}`);
    console.log(
      `npm start -> the first page rendered in the browser: ${total.toFixed(1)} s (goal ${GOAL_S} s)`,
    );
    return total;
  } finally {
    await browser.close();
    if (child.exitCode === null) {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
    }
  }
};

run().then(
  (total) => process.exit(total <= GOAL_S ? 0 : 1),
  (err: Error) => {
    console.error(err.message);
    process.exit(2);
  },
);
