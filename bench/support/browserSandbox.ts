/**
 * A sandbox cluster, the local console and Chromium (integration-tests/support/chromium.ts) for page benchmarks. The plugin
 * must be built (dist/ or PLUGIN_DIST). Returns null, with a message, when there is no build, so that the pure benchmarks of the same file still run.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../integration-tests/support/chromium';
import { startCluster } from '../../sandbox/cluster/index';
import { buildShell } from '../../sandbox/console/buildShell';
import { defaultPluginDist, startConsole } from '../../sandbox/console/server';
import { USER_COOKIE } from '../../sandbox/console/users';

const ADMIN = { Authorization: 'Bearer sandbox-admin-token' };

export type RequestRecord = { method: string; path: string; query: string; watch: boolean };

export type BrowserSandbox = {
  page: Page;
  consoleURL: string;
  clearRequests: () => Promise<void>;
  requests: () => Promise<RequestRecord[]>;
};

export const withBrowserSandbox = async (
  scenario: 'large' | 'ambient',
  fn: (s: BrowserSandbox) => Promise<boolean>,
): Promise<boolean> => {
  const dist = defaultPluginDist();
  if (!fs.existsSync(path.join(dist, 'plugin-manifest.json'))) {
    console.log(`browser part skipped: no plugin build in ${dist}`);
    return true;
  }
  await buildShell();
  const cluster = await startCluster({ port: 0, scenario, delayMs: 0, quiet: true });
  const cons = await startConsole({ port: 0, apiURL: cluster.url });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies(
      ['localhost', '127.0.0.1'].map((domain) => ({
        name: USER_COOKIE,
        value: 'admin',
        domain,
        path: '/',
      })),
    );
    const page = await context.newPage();
    return await fn({
      page,
      consoleURL: cons.url,
      clearRequests: async () => {
        await fetch(`${cluster.url}/sandbox/requests`, { method: 'DELETE', headers: ADMIN });
      },
      requests: async () =>
        (
          (await (await fetch(`${cluster.url}/sandbox/requests`, { headers: ADMIN })).json()) as {
            items: RequestRecord[];
          }
        ).items,
    });
  } finally {
    await browser.close();
    await cons.close();
    await cluster.close();
  }
};
