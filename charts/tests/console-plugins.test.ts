// files/console-plugins.sh, the hook Jobs' script, run with kubectl against the sandbox API's
// consoles.operator.openshift.io/cluster: it adds or removes only its own name, keeps every other
// plugin, changes nothing when run twice, and reads again when the object changes under it. Run
// with the packaged kubectl of both toolsets (1.31 and 1.35) standing in for `oc`.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { TOOLSET_NAMES, toolPath } from '../../integration-tests/support/kubeTools';
import { type SandboxCluster, startCluster } from '../../sandbox/cluster';
import { chartFile } from './render';
import { apiClient } from './sandbox';

const run = promisify(execFile);
// Each kubectl call takes a fraction of a second, much more on a busy machine.
jest.setTimeout(60000);
const SCRIPT = chartFile('files/console-plugins.sh');
const CONSOLE = '/apis/operator.openshift.io/v1/consoles/cluster';

let cluster: SandboxCluster;
let api: ReturnType<typeof apiClient>;
let tmp: string;

beforeAll(async () => {
  cluster = await startCluster({ port: 0, scenario: 'fresh', delayMs: 0, quiet: true });
  api = apiClient(cluster.url);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'console-plugins-'));
});
afterAll(async () => {
  await cluster?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const plugins = async (): Promise<unknown> => {
  const { json } = await api.call('GET', CONSOLE);
  return (json.spec as { plugins?: string[] }).plugins;
};
const setPlugins = async (list: string[] | null) => {
  const res = await api.call(
    'PATCH',
    CONSOLE,
    { spec: { plugins: list } },
    'application/merge-patch+json',
  );
  expect(res.status).toBe(200);
};
/** Runs the script to its end, failing or not: its exit code and what it printed. */
const scriptResult = (action: string, cli: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      'bash',
      [SCRIPT, action, 'ambient-mesh-plugin'],
      { env: { ...process.env, KUBECTL: cli } },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
/** The next PATCH of the console configuration is answered with `status`. */
const failNextPatch = async (status: number) => {
  await api.call('DELETE', '/sandbox/requests');
  const res = await api.call('POST', '/sandbox/faults', {
    method: 'PATCH',
    path: `^${CONSOLE}$`,
    status,
    times: 1,
  });
  expect(res.status).toBe(201);
};
const patchesSent = async (): Promise<number> => {
  const { json } = await api.call('GET', '/sandbox/requests');
  return (json.items as { method: string; path: string }[]).filter(
    (r) => r.method === 'PATCH' && r.path === CONSOLE,
  ).length;
};
const script = async (action: string, cli: string) => {
  const { stdout } = await run('bash', [SCRIPT, action, 'ambient-mesh-plugin'], {
    env: { ...process.env, KUBECTL: cli },
  });
  // The last line is the script's own; kubectl may print "... patched" before it.
  return stdout.trim().split('\n').pop();
};

describe.each(TOOLSET_NAMES)('with the kubectl of %s', (toolset) => {
  const kubectl = () =>
    `${toolPath('kubectl', toolset)} --server ${cluster.url} --cache-dir ${tmp}/cache-${toolset}`;

  it('adds the plugin after the others and removes only it', async () => {
    await setPlugins(['monitoring-plugin', 'networking-console-plugin']);
    expect(await script('enable', kubectl())).toBe('enabled ambient-mesh-plugin (attempt 1)');
    expect(await plugins()).toEqual([
      'monitoring-plugin',
      'networking-console-plugin',
      'ambient-mesh-plugin',
    ]);
    expect(await script('enable', kubectl())).toBe('ambient-mesh-plugin is already enabled');
    expect(await plugins()).toEqual([
      'monitoring-plugin',
      'networking-console-plugin',
      'ambient-mesh-plugin',
    ]);

    await setPlugins(['monitoring-plugin', 'ambient-mesh-plugin', 'networking-console-plugin']);
    expect(await script('disable', kubectl())).toBe('disabled ambient-mesh-plugin (attempt 1)');
    expect(await plugins()).toEqual(['monitoring-plugin', 'networking-console-plugin']);
    expect(await script('disable', kubectl())).toBe('ambient-mesh-plugin is not enabled');
  });

  it('creates spec.plugins when the console has none', async () => {
    await setPlugins(null);
    expect(await plugins()).toBeUndefined();
    await script('enable', kubectl());
    expect(await plugins()).toEqual(['ambient-mesh-plugin']);
  });

  it('reads again when another writer changes the console between its read and its patch', async () => {
    await setPlugins(['monitoring-plugin']);
    // A kubectl that, on the script's first patch, lets another client add a plugin first.
    const wrapper = path.join(tmp, `racing-kubectl-${toolset}`);
    const marker = path.join(tmp, `raced-${toolset}`);
    fs.writeFileSync(
      wrapper,
      [
        '#!/bin/bash',
        `if [[ " $* " == *" patch "* && ! -e ${marker} ]]; then`,
        `  touch ${marker}`,
        `  ${kubectl()} patch consoles.operator.openshift.io cluster --type=json -p '[{"op":"add","path":"/spec/plugins/-","value":"late-plugin"}]' >/dev/null`,
        'fi',
        `exec ${kubectl()} "$@"`,
      ].join('\n'),
      { mode: 0o755 },
    );
    expect(await script('enable', wrapper)).toBe('enabled ambient-mesh-plugin (attempt 2)');
    expect(await plugins()).toEqual(['monitoring-plugin', 'late-plugin', 'ambient-mesh-plugin']);
  });

  it.each([
    [403, /forbidden: this service account may not patch/],
    [500, /the patch of consoles.operator.openshift.io cluster failed/],
  ])('fails at once, without a retry, when the patch is answered %d', async (status, message) => {
    await setPlugins(['monitoring-plugin']);
    await failNextPatch(status);
    const r = await scriptResult('enable', kubectl());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('reading it again');
    expect(await patchesSent()).toBe(1);
    expect(await plugins()).toEqual(['monitoring-plugin']);
  });

  it('tries again after a 409 Conflict', async () => {
    await setPlugins(['monitoring-plugin']);
    await failNextPatch(409);
    const r = await scriptResult('enable', kubectl());
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').pop()).toBe('enabled ambient-mesh-plugin (attempt 2)');
    expect(await patchesSent()).toBe(2);
    expect(await plugins()).toEqual(['monitoring-plugin', 'ambient-mesh-plugin']);
  });
});
