import * as fs from 'fs';
import * as path from 'path';
import webpack from 'webpack';
import config from './webpack.config';

const APP = path.resolve(__dirname, 'app');
const OUT = path.resolve(__dirname, 'dist/shell.js');

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
    fs.statSync(path.resolve(__dirname, 'users.ts')).mtimeMs,
    fs.statSync(path.resolve(__dirname, 'webpack.config.ts')).mtimeMs,
  );
  return sources > built;
};

/** Builds the shell (sandbox/console/dist) when it is stale; resolves when it is current. */
export const buildShell = async (force = false): Promise<void> => {
  if (!force && !shellIsStale()) return;
  const compiler = webpack(config);
  if (!compiler) throw new Error('webpack could not start');
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats?.hasErrors()) {
        return reject(new Error(stats.toString({ all: false, errors: true, colors: false })));
      }
      resolve();
    }),
  );
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
