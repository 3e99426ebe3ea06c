import * as fs from 'fs';
import * as path from 'path';
import webpack from 'webpack';
import config from './webpack.config';

const APP = path.resolve(__dirname, 'app');
const DIST = path.resolve(__dirname, 'dist');
const OUT = path.join(DIST, 'shell.js');

const newestMtime = (dir: string): number => {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    const t = e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
};

/** True when the shell's build is missing or older than its sources. */
export const shellIsStale = (): boolean => {
  if (!fs.existsSync(OUT)) return true;
  const built = fs.statSync(OUT).mtimeMs;
  const sources = Math.max(
    newestMtime(APP),
    ...['users.ts', 'webpack.config.ts', 'dynamicImportLoader.js'].map(
      (f) => fs.statSync(path.resolve(__dirname, f)).mtimeMs,
    ),
  );
  return sources > built;
};

/** Builds the shell (sandbox/console/dist) when it is stale; resolves when it is current. */
export const buildShell = async (force = false): Promise<void> => {
  if (!force && !shellIsStale()) return;
  // Build aside, then swap in: test runs of other checkouts' processes may be serving dist/.
  const aside = path.resolve(__dirname, '../../node_modules/.cache/sandbox-console-build');
  fs.mkdirSync(aside, { recursive: true });
  const tmp = path.join(aside, `new-${process.pid}`);
  const compiler = webpack({ ...config, output: { ...config.output, path: tmp } });
  if (!compiler) throw new Error('webpack could not start');
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || stats?.hasErrors()) fs.rmSync(tmp, { recursive: true, force: true });
      if (err) return reject(err);
      if (stats?.hasErrors()) {
        return reject(new Error(stats.toString({ all: false, errors: true, colors: false })));
      }
      resolve();
    }),
  );
  const old = path.join(aside, `old-${process.pid}`);
  if (fs.existsSync(DIST)) fs.renameSync(DIST, old);
  fs.renameSync(tmp, DIST);
  fs.rmSync(old, { recursive: true, force: true });
};

if (require.main === module) {
  const started = Date.now();
  buildShell(process.argv.includes('--force')).then(
    () => console.log(`console shell built in ${((Date.now() - started) / 1000).toFixed(1)} s`),
    (err: Error) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
