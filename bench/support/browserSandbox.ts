/**
 * A sandbox cluster (in a process of its own, as an API server is), the local console and
 * Chromium (integration-tests/support/chromium.ts) for page benchmarks. The plugin must be built
 * (dist/ or PLUGIN_DIST; `npm run bench` builds dist/ first when needed). Without a build it says
 * so and answers false (a goal not shown to be met), so that the pure benchmarks of the same file
 * still run and the file still fails.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../integration-tests/support/chromium';
import { startClusterProcess } from './clusterProcess';
import { buildShell } from '../../sandbox/console/buildShell';
import { defaultPluginDist, startConsole } from '../../sandbox/console/server';
import { USER_COOKIE } from '../../sandbox/console/users';
import { trackRequests } from './pageFigures';

const ADMIN = { Authorization: 'Bearer sandbox-admin-token' };

export type RequestRecord = { method: string; path: string; query: string; watch: boolean };

export type BrowserSandbox = {
  page: Page;
  context: BrowserContext;
  /** Another context of the same browser, logged in as `page`'s, with an empty cache. */
  newContext: () => Promise<BrowserContext>;
  consoleURL: string;
  /** The sandbox API (admin): its `/sandbox/*` hooks and the server's state. */
  api: <T>(path: string, init?: { method?: string; body?: unknown }) => Promise<T>;
  clearRequests: () => Promise<void>;
  requests: () => Promise<RequestRecord[]>;
};

export const withBrowserSandbox = async (
  scenario: 'large' | 'xlarge' | 'ambient' | 'upgrade',
  fn: (s: BrowserSandbox) => Promise<boolean>,
  /** The cluster's size for a scenario that takes one (`upgrade` at 100 nodes). */
  large?: { nodes?: number; namespaces?: number; pods?: number },
): Promise<boolean> => {
  const dist = defaultPluginDist();
  if (!fs.existsSync(path.join(dist, 'plugin-manifest.json'))) {
    console.log(`browser part not run: no plugin build in ${dist} (npm run build): MISSED`);
    return false;
  }
  await buildShell();
  const cluster = await startClusterProcess(scenario, large);
  const cons = await startConsole({ port: 0, apiURL: cluster.url });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const api = async <T>(p: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
    const res = await fetch(`${cluster.url}${p}`, {
      method: init.method ?? 'GET',
      headers: { ...ADMIN, 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${p}: ${res.status}`);
    return (await res.json()) as T;
  };
  const newContext = async (): Promise<BrowserContext> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    trackRequests(context);
    await context.addCookies(
      ['localhost', '127.0.0.1'].map((domain) => ({
        name: USER_COOKIE,
        value: 'admin',
        domain,
        path: '/',
      })),
    );
    return context;
  };
  try {
    const context = await newContext();
    const page = await context.newPage();
    return await fn({
      page,
      context,
      newContext,
      consoleURL: cons.url,
      api,
      clearRequests: async () => {
        await api('/sandbox/requests', { method: 'DELETE' });
      },
      requests: async () => (await api<{ items: RequestRecord[] }>('/sandbox/requests')).items,
    });
  } finally {
    await browser.close();
    await cons.close();
    await cluster.close();
  }
};
