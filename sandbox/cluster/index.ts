/** Entry point: `startCluster` runs the sandbox Kubernetes API with its simulated controllers. */
import { Api } from './api/core';
import { builtinTypes } from './api/builtin';
import { serveCrds } from './api/crds';
import { TestHooks } from './api/hooks';
import { Authorizer } from './api/rbac';
import { Registry } from './api/registry';
import { createServer } from './api/server';
import { Store } from './api/store';
import { startControllers } from './controllers';
import { Runtime } from './controllers/runtime';
import { setZtunnelReady, type WorkloadState } from './controllers/workloads';
import { KUBE_GIT_VERSION, OPENSHIFT_VERSION } from './scenarios/cluster';
import { seedScenario, type ScenarioName } from './scenarios';
import { loadState, persistState } from './state';
import { Churn } from './churn';
import { Reverters } from './reverters';
import { sandboxHandler } from './sandboxHooks';
import { type ContainerRunner, runJobs } from './jobs';

export type { ContainerRun, ContainerRunner } from './jobs';

export interface ClusterOptions {
  port?: number;
  host?: string;
  scenario?: ScenarioName;
  large?: { nodes?: number; namespaces?: number; pods?: number };
  delayMs?: number;
  requireToken?: boolean;
  stateFile?: string;
  quiet?: boolean;
  /** How many past events a watch can resume from (older resourceVersions get 410 Gone). */
  watchCacheSize?: number;
  /** Runs the container of each Job's pod (the sandbox runs no images); without it Jobs never start. */
  runContainer?: ContainerRunner;
}

export interface SandboxCluster {
  url: string;
  port: number;
  close(): Promise<void>;
  /** Resolves when the simulated controllers have no work queued. */
  settle(): Promise<void>;
  api: Api;
  scenario: ScenarioName;
}

export const ADMIN_TOKEN = 'sandbox-admin-token';

export const startCluster = async (opts: ClusterOptions = {}): Promise<SandboxCluster> => {
  const scenario = opts.scenario ?? 'fresh';
  const host = opts.host ?? '127.0.0.1';
  const store = new Store(opts.watchCacheSize ?? 10000);
  const registry = new Registry();
  for (const t of builtinTypes()) registry.add(t);
  const api = new Api(store, registry);
  serveCrds(api);
  const authz = new Authorizer(store);
  const hooks = new TestHooks();
  const runtime = new Runtime(api, 0);
  const workloads: WorkloadState = { ztunnelNotReady: new Set(), ipCounters: new Map() };
  startControllers(runtime, workloads);
  if (opts.runContainer) runJobs(api, opts.runContainer);
  const restored = opts.stateFile ? loadState(opts.stateFile, api) : false;
  if (!restored) {
    await seedScenario(scenario, api, runtime, opts.large, {
      setZtunnelReady: (n, ready) => void setZtunnelReady(runtime, workloads, n, ready),
    });
  }
  await runtime.settle();
  runtime.delayMs = opts.delayMs ?? 500;
  const stopPersist = opts.stateFile ? persistState(opts.stateFile, api) : () => undefined;
  const churn = new Churn(api);
  const reverters = new Reverters(api);

  const srv = createServer({
    api,
    authz,
    hooks,
    requireToken: !!opts.requireToken,
    gitVersion: KUBE_GIT_VERSION,
    handleSandbox: sandboxHandler(hooks, runtime, workloads, churn, reverters, () => ({
      scenario,
      openshift: OPENSHIFT_VERSION,
      resourceVersion: store.rv,
    })),
  });
  const port = await srv.listen(opts.port ?? 9002, host);
  const url = `http://${host}:${port}`;
  if (!opts.quiet) console.log(`sandbox cluster (${scenario}) listening on ${url}`);
  return {
    url,
    port,
    api,
    scenario,
    settle: () => runtime.settle(),
    close: async () => {
      churn.stop();
      reverters.clear();
      runtime.stop();
      stopPersist();
      await srv.close();
    },
  };
};
