import { expect, loginAs, test, type Sandbox } from './support/fixtures';

// A namespace owner: `developer` is admin of bookinfo only, on a cluster where ambient mode is
// installed and bookinfo enrolled. Nothing may say "not installed" or 0 for what they may not read.
test.use({ scenario: 'ambient' });

/** Makes the developer admin of `n` more namespaces (their projects). */
const moreProjects = async (sandbox: Sandbox, n: number) => {
  for (let i = 1; i <= n; i += 1) {
    const name = `team-${String(i).padStart(2, '0')}`;
    const ns = await sandbox.api('POST', '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name },
    });
    expect(ns.status).toBe(201);
    const rb = await sandbox.api(
      'POST',
      `/apis/rbac.authorization.k8s.io/v1/namespaces/${name}/rolebindings`,
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'developer-admin', namespace: name },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'admin' },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'developer' }],
      },
    );
    expect(rb.status).toBe(201);
  }
};

test('overview: ambient mode unknown with the reason, what they can do, whom to ask', async ({
  page,
  sandbox,
  consoleErrors,
}) => {
  // what the developer may not read, as the API answers them
  expect(
    (await sandbox.api('GET', '/apis/sailoperator.io/v1/istios', undefined, 'developer')).status,
  ).toBe(403);
  await loginAs(page, 'developer');
  await page.goto('/ambient-mesh');
  await expect(page.locator('[data-test="mesh-unknown"]')).toContainText('Ambient mode: unknown');
  await expect(page.locator('[data-test="mesh-unknown"]')).toContainText(
    'You may not read the cluster-wide Istio, IstioCNI and ZTunnel resources',
  );
  await expect(page.locator('[data-test="owner-enrolled"]')).toHaveText(
    '1 of your 1 namespace is enrolled in ambient mode. 6 of their pods are captured by ztunnel.',
  );
  await expect(page.locator('[data-test="whom-to-ask"]')).toContainText('cluster administrator');
  await expect(page.getByText(/not installed/i)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Install ambient mode/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Enroll your namespaces' }).click();
  await expect(page).toHaveURL(/\/ambient-mesh\/namespaces$/);
  await expect(page.locator('[data-test="ns-row-bookinfo"] [data-test="captured"]')).toHaveText(
    '6 of 6',
  );
  expect(consoleErrors.filter((e) => !/403|Forbidden/i.test(e))).toEqual([]);
});

test('the admin still gets the cluster overview', async ({ page }) => {
  await page.goto('/ambient-mesh');
  await expect(page.locator('[data-test="enrolled-namespaces"]')).toHaveText('1');
  await expect(page.locator('[data-test="mesh-unknown"]')).toHaveCount(0);
});

test('topology opens on the namespaces the developer can see and shows their pods', async ({
  page,
}) => {
  await loginAs(page, 'developer');
  await page.goto('/ambient-mesh/topology');
  await expect(page.locator('[data-test="scope-alert"]')).toContainText(
    'Showing your namespaces: bookinfo',
  );
  await expect(page.getByText('6 of 6 pods', { exact: true })).toBeVisible();
  await expect(page.locator('[data-test^="workload-bookinfo-reviews-v1"]')).toContainText('HBONE');
  await expect(page.getByText(/forbidden/i)).toHaveCount(0);
});

test('beyond the bound of per-namespace watches, the developer is asked to pick one', async ({
  page,
  sandbox,
}) => {
  await moreProjects(sandbox, 10);
  await loginAs(page, 'developer');
  await sandbox.api('DELETE', '/sandbox/requests');
  await page.goto('/ambient-mesh/topology');
  await expect(page.locator('[data-test="scope-alert"]')).toContainText('Choose a namespace');
  await expect(page.locator('[data-test="scope-alert"]')).toContainText(
    'you can see 11 namespaces: more than 10',
  );
  // no pod list was served and no pod watch opened, in any namespace: the only pod request is
  // the cluster-wide list asked beside the access review, which the server refused
  const log = (
    await sandbox.api<{ items: { path: string; user?: string; status: number; watch: boolean }[] }>(
      'GET',
      '/sandbox/requests',
    )
  ).body.items.filter(
    (r) =>
      r.user === 'developer' &&
      /^\/api\/v1\/(namespaces\/(bookinfo|team-\d+)\/)?pods$/.test(r.path),
  );
  expect(log.filter((r) => r.status < 400 || r.watch)).toEqual([]);
  expect(log.filter((r) => r.path !== '/api/v1/pods')).toEqual([]);
  await page.goto('/ambient-mesh/topology?namespace=bookinfo');
  await expect(page.getByText('6 of 6 pods', { exact: true })).toBeVisible();
  await expect(page.locator('[data-test="scope-alert"]')).toHaveCount(0);
});
