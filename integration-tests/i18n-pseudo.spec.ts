// i18n completeness: the console serves a pseudo-localized copy of the plugin's locale file (every
// value wrapped in [[ ]]), and every page, tab and view of the plugin must show no visible text
// outside the markers, except values from the cluster (names, labels, versions), numbers and dates.
// A string that skips t(), or that `npm run i18n` did not extract, shows up here as plain English.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from '@playwright/test';
import { startCluster } from '../sandbox/cluster';
import { defaultPluginDist, startConsole } from '../sandbox/console/server';
import { apiClient } from './support/api';
import { expect, test as base, type Scenario } from './support/fixtures';
import { LOCALE_FILE, clusterData, pseudoDist, untranslated } from './support/pseudoLocale';
import { markPluginContent, ROOT_ATTR, unmarkedText } from './support/unmarkedText';

// The shared sandbox fixture, with the console serving the pseudo-localized build.
const test = base.extend({
  pluginDist: async ({}, provide) => {
    const dir = pseudoDist(defaultPluginDist());
    await provide(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

// Every route and every Namespace/Project tab the plugin declares, so a new one is covered too.
type Ext = {
  type: string;
  properties: { path?: string | string[]; model?: { kind: string }; page?: { href: string } };
};
const EXTENSIONS: Ext[] = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../console-extensions.json'), 'utf8'),
);
const ROUTES = EXTENSIONS.filter((e) => e.type === 'console.page/route').flatMap(
  (e) => e.properties.path ?? [],
);
const DETAILS: Record<string, string> = { Namespace: 'namespaces', Project: 'projects' };
const TABS = EXTENSIONS.filter((e) => e.type === 'console.tab/horizontalNav').map(
  (e) =>
    `/k8s/cluster/${DETAILS[e.properties.model?.kind ?? '']}/bookinfo/${e.properties.page?.href}`,
);
const SCENARIOS: Scenario[] = ['fresh', 'ambient', 'blocked'];
const BUSY = '[role="progressbar"], .pf-v6-c-skeleton';

// Waits for the plugin's content to stop loading.
const settled = async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator(`main ${BUSY}`)).toHaveCount(0, { timeout: 20000 });
  await page.waitForTimeout(300);
};

type Finding = { view: string; where: string; text: string; words: string[] };

// Views reachable inside the plugin's content without writing anything: its tabs and toggle
// buttons (each opened once), and the wizard's steps (Next while it is enabled).
const inContent = (s: string) => `[${ROOT_ATTR}] ${s}`;
const VIEW_CONTROLS = inContent('[role="tab"], .pf-v6-c-toggle-group__button');
const NEXT = inContent('button:text-is("[[Next]]"):enabled');

test('the pseudo locale reaches the plugin: its nav labels are marked', async ({ page }) => {
  expect(ROUTES.length).toBeGreaterThanOrEqual(4);
  expect(TABS).toEqual(
    expect.arrayContaining([expect.stringMatching(/^\/k8s\/cluster\/namespaces\/bookinfo\/\w/)]),
  );
  const messages = JSON.parse(fs.readFileSync(path.join(defaultPluginDist(), LOCALE_FILE), 'utf8'));
  expect(Object.keys(messages).length).toBeGreaterThan(0);
  await page.goto('/ambient-mesh');
  const nav = page.getByRole('navigation', { name: 'Navigation' });
  await expect(nav.getByRole('button', { name: '[[Ambient Mesh]]' })).toBeVisible();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\s*\[\[.*\]\]\s*$/);
});

test('the check flags the English headings of an ordinary build', async ({ page }) => {
  // The same check on the unmodified build must flag plain English: otherwise it proves nothing.
  const cluster = await startCluster({ port: 0, scenario: 'ambient', delayMs: 20, quiet: true });
  const console = await startConsole({ port: 0, apiURL: cluster.url });
  try {
    const data = await clusterData(apiClient(cluster.url));
    for (const url of ROUTES) {
      await page.goto(`${console.url}${url}`);
      await settled(page);
      const heading = (await page.getByRole('heading', { level: 1 }).first().innerText()).trim();
      const flagged = (await unmarkedText(page)).filter(
        (u) => untranslated(u.outside, data).length,
      );
      expect(flagged.map((u) => u.text)).toContain(heading);
    }
  } finally {
    await console.close();
    await cluster.close();
  }
});

for (const scenario of SCENARIOS) {
  test.describe(`scenario ${scenario}`, () => {
    test.use({ scenario });
    // The blocked cluster only changes what the overview and the wizard say.
    const urls =
      scenario === 'blocked'
        ? ROUTES.filter((r) => !/namespaces|topology/.test(r))
        : [...ROUTES, ...TABS];
    for (const url of urls) {
      test(`${url} shows only translated text`, async ({ page, sandbox, consoleErrors }) => {
        const data = await clusterData(sandbox.api);
        const findings: Finding[] = [];
        const explained: string[] = [];
        const check = async (view: string) => {
          await settled(page);
          for (const u of await unmarkedText(page)) {
            const words = untranslated(u.outside, data);
            if (words.length) findings.push({ view, where: u.where, text: u.text, words });
            else explained.push(`${view}: ${u.outside}`);
          }
        };
        await page.goto(url);
        await check(url);
        const seen = new Set<string>();
        for (let round = 0; round < 16; round += 1) {
          await markPluginContent(page);
          const controls = page.locator(VIEW_CONTROLS);
          const labels = (await controls.allInnerTexts()).map((l) => l.trim());
          const next = labels.findIndex((l) => !seen.has(l));
          if (next < 0) break;
          seen.add(labels[next]);
          await controls.nth(next).click();
          await check(`${url} > ${labels[next]}`);
        }
        for (let step = 1; step <= 10; step += 1) {
          await markPluginContent(page);
          const next = page.locator(NEXT).first();
          if (!(await next.count())) break;
          await next.click();
          await check(`${url} > step ${step + 1}`);
        }
        // What passed as cluster data, numbers or dates, for whoever reviews a run.
        await test.info().attach('unmarked-but-data', { body: [...new Set(explained)].join('\n') });
        expect(findings).toEqual([]);
        expect(consoleErrors).toEqual([]);
      });
    }
  });
}
