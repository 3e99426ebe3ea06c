import * as fs from 'fs';
import { test as base, expect, type Page } from '@playwright/test';
import { startCluster } from '../../sandbox/cluster';
import { startConsole } from '../../sandbox/console/server';
import { USER_COOKIE, type SandboxUser } from '../../sandbox/console/users';
import { type ApiCall, apiClient } from './api';
import { type Kubectl, kubectlFor } from './kubectl';

export type Scenario =
  | 'fresh'
  | 'ambient'
  | 'ossm-3.2'
  | 'blocked'
  | 'large'
  | 'edge-cases'
  | 'sail-next'
  | 'sidecars'
  | 'upgrade'
  | 'upgrade-revisions';

export type Sandbox = {
  /** The local console, e.g. http://localhost:40123 (also the tests' baseURL). */
  consoleURL: string;
  /** The sandbox Kubernetes API, e.g. http://127.0.0.1:40124. */
  apiURL: string;
  /** Direct API calls: api('GET', '/api/v1/namespaces'), as admin unless a user is given. */
  api: ApiCall;
  /** kubectl --server <apiURL> ... (as admin). */
  kubectl: Kubectl;
  /** Resolves when the simulated controllers have nothing left to do. */
  settle: () => Promise<void>;
};

type Fixtures = {
  /** The cluster's seed: test.use({ scenario: 'ambient' }). */
  scenario: Scenario;
  /** Delay of the simulated controllers, in ms: test.use({ clusterDelayMs: 500 }). */
  clusterDelayMs: number;
  /** The plugin build the console serves; undefined = dist/ (or PLUGIN_DIST). */
  pluginDist: string | undefined;
  sandbox: Sandbox;
  /** Errors logged in the browser console (console.error and uncaught exceptions). */
  consoleErrors: string[];
  browserConsole: string[];
};

/** Signs the browser in as a sandbox user: the console sends that user's token from now on. */
export const loginAs = async (page: Page, user: SandboxUser): Promise<void> => {
  await page.context().addCookies([
    { name: USER_COOKIE, value: user, domain: 'localhost', path: '/' },
    { name: USER_COOKIE, value: user, domain: '127.0.0.1', path: '/' },
  ]);
};

export const test = base.extend<Fixtures>({
  scenario: ['fresh', { option: true }],
  clusterDelayMs: [20, { option: true }],

  // A cluster and a console per test, on free ports: tests are independent and run in parallel.
  pluginDist: [undefined, { option: true }],

  sandbox: async ({ scenario, clusterDelayMs, pluginDist }, provide) => {
    const cluster = await startCluster({ port: 0, scenario, delayMs: clusterDelayMs, quiet: true });
    const console = await startConsole({ port: 0, apiURL: cluster.url, distDir: pluginDist });
    await provide({
      consoleURL: console.url,
      apiURL: cluster.url,
      api: apiClient(cluster.url),
      kubectl: kubectlFor(cluster.url),
      settle: () => cluster.settle(),
    });
    await console.close();
    await cluster.close();
  },

  baseURL: async ({ sandbox }, provide) => provide(sandbox.consoleURL),

  // Every browser console message; saved beside the screenshot when a test fails.
  browserConsole: [
    async ({ page }, provide, testInfo) => {
      const lines: string[] = [];
      page.on('console', (m) => lines.push(`[${m.type()}] ${m.text()}`));
      page.on('pageerror', (e) => lines.push(`[pageerror] ${e.stack ?? e.message}`));
      await provide(lines);
      if (testInfo.status !== testInfo.expectedStatus) {
        const file = testInfo.outputPath('browser-console.log');
        fs.writeFileSync(file, `${lines.join('\n')}\n`);
        await testInfo.attach('browser-console', { path: file, contentType: 'text/plain' });
      }
    },
    { auto: true },
  ],

  // A live list: console.error messages and uncaught exceptions, in order.
  consoleErrors: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await provide(errors);
  },
});

export { expect };
