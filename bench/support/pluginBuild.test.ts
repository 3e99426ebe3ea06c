import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildNeeded, newestMtime } from './pluginBuild';

/** A project folder with a source file and, when `built`, a build made at `builtAt` (s). */
const project = (sourceAt: number, builtAt?: number) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-build-'));
  const file = path.join(root, 'src', 'views', 'page.tsx');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'export {};');
  fs.utimesSync(file, sourceAt, sourceAt);
  const dist = path.join(root, 'dist');
  if (builtAt !== undefined) {
    fs.mkdirSync(dist);
    const manifest = path.join(dist, 'plugin-manifest.json');
    fs.writeFileSync(manifest, '{}');
    fs.utimesSync(manifest, builtAt, builtAt);
  }
  return { root, dist };
};

describe('the page benchmarks’ plugin build', () => {
  it('is made when there is none', () => {
    const { root, dist } = project(1000);
    expect(buildNeeded(root, dist)).toBe(`no plugin build in ${dist}`);
  });

  it('is made again when a source changed after it', () => {
    const { root, dist } = project(2000, 1000);
    expect(buildNeeded(root, dist)).toBe('src changed since the plugin was built');
  });

  it('is measured as it is when it is newer than every source', () => {
    const { root, dist } = project(1000, 2000);
    expect(buildNeeded(root, dist)).toBeUndefined();
  });

  it('reads the newest time of any file below a folder', () => {
    const { root } = project(1500);
    expect(newestMtime(path.join(root, 'src'))).toBe(1500 * 1000);
    expect(newestMtime(path.join(root, 'absent'))).toBe(0);
  });
});
