import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// Every page of the plugin, checked by axe (WCAG 2.1 A and AA rules) as admin, in both themes and
// at both widths the console is most used at: no serious or critical violation.

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];
const THEMES = ['light', 'dark'] as const;

type Finding = { page: string; id: string; impact: string; targets: string[] };

const audit = async (page: Page, name: string, into: Finding[]) => {
  // let tooltips and transitions settle, as a user would see the page
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  for (const v of result.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    into.push({
      page: name,
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    });
  }
};

const heading = (page: Page, name: string | RegExp) =>
  expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();

test.describe('accessibility', () => {
  test.use({ scenario: 'ambient' });

  for (const theme of THEMES) {
    for (const viewport of VIEWPORTS) {
      test(`every page, ${theme} theme, ${viewport.width}x${viewport.height}`, async ({ page }) => {
        test.setTimeout(240000);
        await page.setViewportSize(viewport);
        if (theme === 'dark') {
          await page.addInitScript(() => localStorage.setItem('sandbox-theme', 'dark'));
        }
        const found: Finding[] = [];

        await page.goto('/ambient-mesh');
        await heading(page, 'Ambient mesh');
        await expect(page.locator('[data-test="cr-Istio"]')).toBeVisible();
        if (theme === 'dark') {
          await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
        }
        await audit(page, 'overview', found);

        await page.goto('/ambient-mesh/namespaces?system=true');
        await expect(page.locator('[data-test="ns-row-bookinfo"]')).toBeVisible();
        await audit(page, 'namespaces', found);

        await page.goto('/ambient-mesh/topology');
        await expect(page.locator('[data-test^="workload-bookinfo-"]').first()).toBeVisible();
        await audit(page, 'topology table', found);
        await page.getByRole('tab', { name: 'Graph' }).click();
        await expect(page.locator('[data-test^="graph-node-"]').first()).toBeVisible();
        await audit(page, 'topology graph', found);

        await page.goto('/k8s/cluster/namespaces/bookinfo/ambient-mesh');
        await expect(page.getByRole('switch', { name: 'Ambient mesh for bookinfo' })).toBeVisible();
        await audit(page, 'namespace tab', found);

        await page.goto('/ambient-mesh/install');
        await heading(page, 'Install ambient mode');
        await expect(page.locator('[data-status="loading"]')).toHaveCount(0);
        await audit(page, 'install: prerequisites', found);
        for (const step of ['control plane', 'data plane', 'scope', 'review']) {
          await next(page);
          await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeVisible();
          await audit(page, `install: ${step}`, found);
        }

        expect(found).toEqual([]);
      });
    }
  }
});
