import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { type Toolset, toolPath } from './kubeTools';

export type KubectlResult = { code: number; stdout: string; stderr: string };
export type Kubectl = (...args: string[]) => Promise<KubectlResult>;

/** The packaged kubectl against the sandbox API (as admin: over plain HTTP kubectl sends no token). */
export const kubectlFor = (apiURL: string, toolset: Toolset = 'v35'): Kubectl => {
  const bin = toolPath('kubectl', toolset);
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubectl-cache-'));
  return (...args) =>
    new Promise((resolve) => {
      execFile(
        bin,
        ['--server', apiURL, '--cache-dir', cacheDir, ...args],
        { timeout: 30000 },
        (err, stdout, stderr) => {
          const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
    });
};
