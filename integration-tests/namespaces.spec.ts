import { expect, loginAs, test } from './support/fixtures';

test('the Ambient mesh tab appears on bookinfo namespace details and renders', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/k8s/cluster/namespaces/bookinfo');
  await expect(page.getByRole('heading', { level: 1, name: 'bookinfo' })).toBeVisible();
  const tab = page.getByRole('tab', { name: 'Ambient mesh' });
  await expect(tab).toBeVisible();
  await tab.click();
  await expect(page).toHaveURL(/\/k8s\/cluster\/namespaces\/bookinfo\/ambient-mesh$/);
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(/An error occurred in plugin|Failed to load a module/)).toHaveCount(
    0,
  );
  expect(consoleErrors).toEqual([]);
});

test('the Ambient mesh tab appears on bookinfo project details', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/k8s/cluster/projects/bookinfo/ambient-mesh');
  await expect(page.getByRole('heading', { level: 1, name: 'bookinfo' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Ambient mesh' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page).toHaveURL(/\/k8s\/cluster\/projects\/bookinfo$/);
  expect(consoleErrors).toEqual([]);
});

test("the plugin's action appears in bookinfo's action menu on the namespaces list", async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/k8s/cluster/namespaces');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'bookinfo', exact: true }) });
  await row.getByRole('button', { name: /Actions/ }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: /ambient mesh/i }).first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('as developer, only bookinfo is listed and other namespaces are not manageable', async ({
  page,
  sandbox,
}) => {
  await loginAs(page, 'developer');
  await page.goto('/k8s/cluster/namespaces');
  // A user who may not list namespaces sees the projects they have, as in the console.
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'bookinfo', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'default', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'User' })).toHaveText('developer');

  await page.goto('/k8s/cluster/namespaces/default');
  await expect(page.getByText(/could not be loaded/)).toBeVisible();

  const patch = [{ op: 'add', path: '/metadata/labels/x', value: 'y' }];
  const denied = await sandbox.api('PATCH', '/api/v1/namespaces/default', patch, 'developer');
  expect(denied.status).toBe(403);
  const allowed = await sandbox.api('GET', '/api/v1/namespaces/bookinfo', undefined, 'developer');
  expect(allowed.status).toBe(200);
});

test("as admin, bookinfo's ambient mesh action is enabled and opens the plugin's dialog", async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/k8s/cluster/namespaces/bookinfo');
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  const item = page.getByRole('menuitem', { name: /ambient mesh/i }).first();
  await expect(item).toBeVisible();
  await expect(item).not.toHaveAttribute('aria-disabled', 'true');
  await item.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('as developer, the bookinfo action is enabled with the namespace grant and disabled with its reason without it', async ({
  page,
  sandbox,
}) => {
  await loginAs(page, 'developer');
  await page.goto('/k8s/cluster/projects/bookinfo');
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: /ambient mesh/i }).first()).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  // A project admin may not patch the Namespace object itself (its labels), as in OpenShift:
  // without the sandbox's grant on bookinfo the action is disabled with the reason.
  const revoked = await sandbox.api(
    'DELETE',
    '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/developer-namespace-labeler-bookinfo',
  );
  expect(revoked.status).toBe(200);
  await page.goto('/k8s/cluster/projects/bookinfo');
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  const item = page.getByRole('menuitem', { name: /ambient mesh/i }).first();
  await expect(item).toHaveAttribute('aria-disabled', 'true');
  await item.hover();
  await expect(page.getByRole('tooltip')).toContainText('bookinfo');
  await item.click({ force: true });
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
