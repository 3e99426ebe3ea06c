/**
 * The plugin build the page benchmarks measure. With `PLUGIN_DIST`, that build as it is. Otherwise
 * dist/, built first (`npm run build`) when it is missing or older than any of the files it is
 * built from: a fresh clone, or a change since the last build, is measured as it now is, never
 * skipped and never an earlier build.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
/** What the build reads: the code, its strings, the extensions and the build's own settings. */
const INPUTS = [
  'src',
  'locales',
  'console-extensions.json',
  'package.json',
  'package-lock.json',
  'webpack.config.ts',
  'tsconfig.json',
];
const MANIFEST = 'plugin-manifest.json';

/** The newest modification time (ms) of a file, or of any file under a folder; 0 when absent. */
export const newestMtime = (target: string): number => {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target, { recursive: true, encoding: 'utf8' })) {
    const s = fs.statSync(path.join(target, entry));
    if (s.isFile()) newest = Math.max(newest, s.mtimeMs);
  }
  return newest;
};

/** Why dist/ must be built before it is measured, or undefined when it is current. */
export const buildNeeded = (root: string, dist: string): string | undefined => {
  const manifest = path.join(dist, MANIFEST);
  if (!fs.existsSync(manifest)) return `no plugin build in ${dist}`;
  const built = fs.statSync(manifest).mtimeMs;
  const changed = INPUTS.find((input) => newestMtime(path.join(root, input)) > built);
  return changed ? `${changed} changed since the plugin was built` : undefined;
};

/** Builds dist/ when needed (not with PLUGIN_DIST). Returns false when the build failed. */
export const ensurePluginBuild = (): boolean => {
  if (process.env.PLUGIN_DIST) return true;
  const why = buildNeeded(ROOT, path.join(ROOT, 'dist'));
  if (!why) return true;
  console.log(`${why}: npm run build`);
  const res = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  return res.status === 0;
};
