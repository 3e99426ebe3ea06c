/**
 * The sandbox cluster in its own Node process, as an API server is apart from the console and
 * from the browser's driver: its garbage collection and serialising then do not stall the local
 * console's proxy or Playwright, nor theirs the cluster.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import type { ScenarioName } from '../../sandbox/cluster/scenarios';

const root = path.resolve(__dirname, '..', '..');

export type ClusterProcess = { url: string; child: ChildProcess; close: () => Promise<void> };

export const startClusterProcess = (
  scenario: ScenarioName,
  large: { nodes?: number; namespaces?: number; pods?: number } = {},
): Promise<ClusterProcess> =>
  new Promise((resolve, reject) => {
    const sizes = Object.entries(large).flatMap(([k, v]) =>
      v === undefined ? [] : [`--${k}`, String(v)],
    );
    const child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        'sandbox/cluster/main.ts',
        '--scenario',
        scenario,
        '--port',
        '0',
        '--delay-ms',
        '0',
        ...sizes,
      ],
      {
        cwd: root,
        env: { ...process.env, TS_NODE_PROJECT: 'sandbox/tsconfig.json' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    // never outlive this process, whichever way it ends
    const kill = (): void => void child.kill('SIGTERM');
    process.once('exit', kill);
    const exited = new Promise<void>((r) =>
      child.once('exit', () => {
        process.off('exit', kill);
        r();
      }),
    );
    const close = async (): Promise<void> => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    };
    let out = '';
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = /at (http:\/\/[\d.:]+)/.exec(out);
      if (!m) return;
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve({ url: m[1], child, close });
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`sandbox cluster exited with ${code}`)));
  });
