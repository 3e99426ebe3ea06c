import { expect, test } from './support/fixtures';

test('fresh: the overview proposes the install and shows the operator', async ({ page }) => {
  await page.goto('/ambient-mesh');
  await expect(page.getByText('Ambient mode is not installed')).toBeVisible();
  await expect(page.locator('[data-test="operator"]')).toContainText('Installed, version 3.1');
  await page.getByRole('button', { name: 'Install ambient mode' }).last().click();
  await expect(page).toHaveURL(/\/ambient-mesh\/install$/);
});

test.describe('ambient', () => {
  test.use({ scenario: 'ambient' });

  test('shows each CR healthy with its conditions, pods per node and enrollment', async ({
    page,
    sandbox,
    consoleErrors,
  }) => {
    await page.goto('/ambient-mesh');
    for (const kind of ['Istio', 'IstioCNI', 'ZTunnel']) {
      await expect(page.locator(`[data-test="state-${kind}"]`)).toHaveText('Healthy');
    }
    const istio = page.locator('[data-test="cr-Istio"]');
    await expect(istio.getByText('DependenciesHealthy', { exact: true })).toBeVisible();
    await expect(page.locator('[data-test="enrolled-namespaces"]')).toHaveText('1');
    await expect(page.locator('[data-test="captured-pods"]')).not.toHaveText('0');
    await expect(page.getByRole('row', { name: /worker-0/ })).toContainText('1/1');
    await expect(page.getByText(/Nodes without a ready ztunnel/)).toHaveCount(0);

    // A node loses its ready ztunnel: the overview calls it out, live (watch, no reload).
    const res = await sandbox.api('POST', '/sandbox/nodes/worker-1/ztunnel-ready', {
      ready: false,
    });
    expect(res.status).toBe(200);
    await expect(page.getByText('Nodes without a ready ztunnel: worker-1')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('blocked', () => {
  test.use({ scenario: 'blocked' });
  test('shows the blocking notice and no install action', async ({ page }) => {
    await page.goto('/ambient-mesh');
    await expect(page.getByText('OpenShift Service Mesh 2.x is present')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Install ambient mode' })).toHaveCount(0);
  });
});
