import { expect, test } from './support/fixtures';

const ROUTES = [
  '/ambient-mesh',
  '/ambient-mesh/install',
  '/ambient-mesh/namespaces',
  '/ambient-mesh/topology',
];

test('the plugin loads from its manifest with no errors in the browser console', async ({
  page,
  consoleErrors,
}) => {
  const manifest = page.waitForResponse((r) =>
    r.url().endsWith('/api/plugins/ambient-mesh-plugin/plugin-manifest.json'),
  );
  const entry = page.waitForResponse((r) =>
    /\/plugin-entry\.[0-9a-f]+\.min\.js(\?.*)?$/.test(r.url()),
  );
  await page.goto('/');
  expect((await manifest).status()).toBe(200);
  expect((await entry).status()).toBe(200);
  await expect(page).toHaveURL(/\/ambient-mesh$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/failed to load/i)).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(consoleErrors).toEqual([]);
});

test('the Ambient Mesh nav section links to each route, and each renders its heading', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/k8s/cluster/namespaces');
  const nav = page.getByRole('navigation', { name: 'Navigation' });
  await expect(nav.getByRole('button', { name: 'Ambient Mesh' })).toBeVisible();
  const hrefs = await nav
    .locator('a[href^="/ambient-mesh"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual([...ROUTES].sort());
  for (const href of ROUTES) {
    await nav.locator(`a[href="${href}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toBeVisible();
    await expect(h1).not.toHaveText(/404|not found/i);
    await expect(page.getByText(/An error occurred in plugin|Failed to load a module/)).toHaveCount(
      0,
    );
  }
  expect(consoleErrors).toEqual([]);
});

test('each route renders when opened directly', async ({ page, consoleErrors }) => {
  for (const href of ROUTES) {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/404/);
  }
  expect(consoleErrors).toEqual([]);
});

test('an unknown console route shows 404 and no plugin page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: '404: Page Not Found' })).toBeVisible();
});

test('the masthead switches the theme and the user', async ({ page }) => {
  await page.goto('/k8s/cluster/namespaces');
  await expect(page.getByRole('heading', { level: 1, name: 'Namespaces' })).toBeVisible();
  await page.getByText('Dark theme').click();
  await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);

  await page.getByRole('button', { name: 'User' }).click();
  await page.getByRole('option', { name: 'developer' }).click();
  await expect(page.getByRole('button', { name: 'User' })).toHaveText('developer');
  // The developer may not list namespaces: the console lists their projects instead.
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
});
