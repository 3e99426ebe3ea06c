// Runs the container of a sandbox Job on this host, as its pod would run in a cluster: the
// container's command and args with the Job's env, and the packaged kubectl standing in for the
// image's `oc`: pointed at the sandbox and acting as the pod's service account (impersonation), so
// the chart's RBAC decides what the script may do. The exit code becomes the Job's outcome.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Toolset } from '../../integration-tests/support/kubeTools';
import { toolPath } from '../../integration-tests/support/kubeTools';
import type { ContainerRun, ContainerRunner } from '../../sandbox/cluster';

export type JobLog = { job: string; code: number; output: string };

export const hostJobRunner = (
  apiURL: () => string,
  toolset: Toolset,
  log: JobLog[] = [],
): ContainerRunner => {
  return (run: ContainerRun) =>
    new Promise((resolve) => {
      const [cmd, ...rest] = [...(run.container.command ?? []), ...(run.container.args ?? [])];
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `job-${run.job}-`));
      const user = `system:serviceaccount:${run.namespace}:${run.serviceAccountName}`;
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        KUBECONFIG: path.join(dir, 'no-kubeconfig'),
        ...Object.fromEntries((run.container.env ?? []).map((e) => [e.name, e.value ?? ''])),
        KUBECTL: `${toolPath('kubectl', toolset)} --server ${apiURL()} --as ${user} --cache-dir ${dir}/cache`,
      };
      execFile(cmd, rest, { env, timeout: 120000 }, (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        log.push({ job: run.job, code, output: `${stdout}${stderr}` });
        fs.rmSync(dir, { recursive: true, force: true });
        resolve(code);
      });
    });
};
