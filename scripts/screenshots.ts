/**
 * Takes the README's pictures from the local console: the install wizard, the namespaces page
 * and the topology, each on a freshly seeded sandbox cluster, with the Chromium of integration-tests/support/chromium.ts.
 *   npm run build && node -r ts-node/register/transpile-only scripts/screenshots.ts [out dir]
 * Writes docs/wizard.png, docs/namespaces.png, docs/topology.png and docs/topology-graph.png
 * (or into the given folder).
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../integration-tests/support/chromium';
import { startCluster } from '../sandbox/cluster';
import { buildShell } from '../sandbox/console/buildShell';
import { defaultPluginDist, startConsole } from '../sandbox/console/server';

type Shot = {
  file: string;
  scenario: 'fresh' | 'ambient';
  url: string;
  /** Brings the page into the state worth showing, once it has loaded. */
  prepare?: (page: Page) => Promise<void>;
};

const SHOTS: Shot[] = [
  { file: 'wizard.png', scenario: 'fresh', url: '/ambient-mesh/install' },
  { file: 'namespaces.png', scenario: 'ambient', url: '/ambient-mesh/namespaces' },
  { file: 'topology.png', scenario: 'ambient', url: '/ambient-mesh/topology' },
  {
    file: 'topology-graph.png',
    scenario: 'ambient',
    url: '/ambient-mesh/topology?namespace=bookinfo',
    prepare: async (page) => {
      await page.getByRole('tab', { name: 'Graph' }).click();
      await page.waitForTimeout(1500);
    },
  },
];

// Loaded: a heading, no spinner or skeleton left, no error from the plugin host.
const waitForPage = async (page: Page, url: string) => {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30000 });
  const deadline = Date.now() + 30000;
  while ((await page.locator('main [role="progressbar"], main .pf-v6-c-skeleton').count()) > 0) {
    if (Date.now() > deadline) throw new Error(`${url}: still loading after 30 s`);
    await page.waitForTimeout(200);
  }
  const failed = page.getByText(/An error occurred in plugin|Failed to load a module|404: Page/);
  if (await failed.count()) throw new Error(`${url}: the page did not render`);
  await page.waitForTimeout(1000); // let graphs finish their layout
};

const main = async () => {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'docs'));
  const manifest = path.join(defaultPluginDist(), 'plugin-manifest.json');
  if (!fs.existsSync(manifest))
    throw new Error(`No plugin build at ${manifest}: run npm run build`);
  await buildShell();
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const shot of SHOTS) {
      const cluster = await startCluster({
        port: 0,
        scenario: shot.scenario,
        delayMs: 0,
        quiet: true,
      });
      const console = await startConsole({ port: 0, apiURL: cluster.url });
      try {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(`${console.url}${shot.url}`);
        await waitForPage(page, shot.url);
        await shot.prepare?.(page);
        const file = path.join(out, shot.file);
        await page.screenshot({ path: file });
        process.stdout.write(`${file}\n`);
        await page.close();
      } finally {
        await console.close();
        await cluster.close();
      }
    }
  } finally {
    await browser.close();
  }
};

main().catch((e: Error) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
});
