import { expect, test } from './support/fixtures';
import type { Sandbox } from './support/fixtures';

const SAIL_CRDS = ['istios', 'istiorevisions', 'istiorevisiontags', 'istiocnis', 'ztunnels'];

/** Removes the Service Mesh 3 operator's CRDs: the cluster as before the operator's install. */
const removeSailOperator = async (sandbox: Sandbox) => {
  for (const plural of SAIL_CRDS) {
    const res = await sandbox.api(
      'DELETE',
      `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${plural}.sailoperator.io`,
    );
    expect([200, 404]).toContain(res.status);
  }
  const discovery = await sandbox.api('GET', '/apis/sailoperator.io/v1');
  expect(discovery.status).toBe(404);
};

test('without the Sail operator the tab, the namespace actions and the details item are absent; the overview guides its install', async ({
  page,
  sandbox,
  consoleErrors,
}) => {
  await removeSailOperator(sandbox);
  await page.goto('/k8s/cluster/namespaces/bookinfo');
  await expect(page.getByRole('heading', { level: 1, name: 'bookinfo' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Details' })).toBeVisible();
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /ambient mesh/i })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Ambient mesh' })).toHaveCount(0);
  // the namespace's details item needs the flag too (the page is loaded by now: its menu opened)
  await expect(page.locator('[data-test^="details-item-ambient-mesh"]')).toHaveCount(0);

  // the nav section stays, and its overview says what to install first
  const nav = page.getByRole('navigation', { name: 'Navigation' });
  await expect(nav.getByRole('button', { name: 'Ambient Mesh' })).toBeVisible();
  await expect(nav.locator('a[href="/ambient-mesh"]')).toHaveCount(1);
  await page.goto('/ambient-mesh');
  await expect(page.getByText('The Service Mesh 3 operator is not installed')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('with the Sail operator the tab and the namespace actions show', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/k8s/cluster/namespaces/bookinfo');
  await expect(page.getByRole('tab', { name: 'Ambient mesh' })).toBeVisible();
  await expect(
    page.locator('[data-test="details-item-ambient-mesh-namespace-status"]'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Add to ambient mesh' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
