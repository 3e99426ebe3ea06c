import { type ChildProcess, spawn } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

export type PluginWatch = {
  /** Resolves after the first build, rejects if it fails. */
  firstBuild: Promise<void>;
  stop(): void;
};

/**
 * The plugin's production build (NODE_ENV=production, output dist/ or $PLUGIN_DIST) in webpack's
 * watch mode: its first compilation is the build, later ones rebuild on change. Not minified
 * (PLUGIN_MINIFY=false): minification is most of a cold build's time and buys nothing locally;
 * `npm run build` makes the minified bytes OpenShift loads.
 */
export const watchPlugin = (log: (line: string) => void): PluginWatch => {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', 'ts-node/register', path.join(ROOT, 'node_modules/.bin/webpack'), '--watch'],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', PLUGIN_MINIFY: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output: string[] = [];
  let first = true;
  let settle: { resolve: () => void; reject: (e: Error) => void } | undefined;
  const firstBuild = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const onLine = (line: string) => {
    output.push(line);
    const done = line.match(/compiled (successfully|with .*) in ([\d.]+ m?s)/);
    if (!done) return;
    const ok = done[1] === 'successfully';
    if (!ok) output.forEach((l) => log(l));
    log(`plugin ${first ? 'built' : 'rebuilt'} ${ok ? '' : 'with errors '}in ${done[2]}`);
    if (first) {
      if (ok) settle?.resolve();
      else settle?.reject(new Error('the plugin build failed'));
      first = false;
    }
    output = [];
  };
  let rest = '';
  const onData = (chunk: Buffer) => {
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop() ?? '';
    lines.forEach(onLine);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  child.on('exit', (code) => {
    if (first) settle?.reject(new Error(`webpack exited with code ${code}: ${output.join('\n')}`));
  });
  return {
    firstBuild,
    stop: () => {
      // webpack finishes a running compilation before it honours SIGTERM; nothing is lost by
      // stopping it at once, and the caller may be exiting right after.
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
};
