import { expect, loginAs, test, type Sandbox } from './support/fixtures';

type PodList = {
  items: {
    metadata: { name: string; uid: string; labels?: Record<string, string> };
    spec: { serviceAccountName?: string };
  }[];
};

test.use({ scenario: 'ambient' });

const MODE = 'istio.io/dataplane-mode';

const bookinfoPod = async (sandbox: Sandbox, prefix: string) => {
  const list = (await sandbox.api('GET', '/api/v1/namespaces/bookinfo/pods')).body as PodList;
  const pod = list.items.find((p) => p.metadata.name.startsWith(prefix));
  if (!pod) throw new Error(`no ${prefix} pod`);
  return pod;
};

test('Pod details: ambient status, the rule, the waypoint and the SPIFFE identity', async ({
  page,
  sandbox,
  consoleErrors,
}) => {
  const pod = await bookinfoPod(sandbox, 'reviews-v1');
  await page.goto(`/k8s/ns/bookinfo/pods/${pod.metadata.name}`);
  const item = page.locator('[data-test="details-item-ambient-mesh-pod-status"]');
  await expect(item.getByText('Ambient mesh', { exact: true })).toBeVisible();
  await expect(item.locator('[data-test="pod-ambient"]')).toContainText('Captured');
  await expect(item.locator('[data-test="pod-ambient"]')).toContainText('HBONE');
  await expect(item.locator('[data-test="pod-ambient-rule"]')).toHaveText(
    'Namespace label istio.io/dataplane-mode=ambient on bookinfo',
  );
  await expect(page.locator('[data-test="pod-identity"]')).toHaveText(
    `spiffe://cluster.local/ns/bookinfo/sa/${pod.spec.serviceAccountName}`,
  );

  // The trust domain comes from the Istio resource's meshConfig.
  const patched = await sandbox.api('PATCH', '/apis/sailoperator.io/v1/istios/default', {
    spec: { values: { meshConfig: { trustDomain: 'example.org' } } },
  });
  expect(patched.status).toBe(200);
  await expect(page.locator('[data-test="pod-identity"]')).toHaveText(
    `spiffe://example.org/ns/bookinfo/sa/${pod.spec.serviceAccountName}`,
  );
  expect(consoleErrors).toEqual([]);
});

test('Pod actions: Exclude from ambient sets the pod label none, Add to ambient removes it', async ({
  page,
  sandbox,
}) => {
  const pod = await bookinfoPod(sandbox, 'ratings');
  const name = pod.metadata.name;
  await page.goto(`/k8s/ns/bookinfo/pods/${name}`);
  await expect(page.locator('[data-test="pod-ambient"]')).toContainText('Captured');
  await sandbox.api('DELETE', '/sandbox/requests');

  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Exclude from ambient' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('istio.io/dataplane-mode=none');
  await dialog.getByRole('button', { name: 'Exclude from ambient' }).click();
  await expect(dialog).toHaveCount(0);
  await sandbox.settle();
  await expect(page.locator('[data-test="pod-ambient-rule"]')).toHaveText(
    'Pod label istio.io/dataplane-mode=none',
  );
  await expect(page.locator('[data-test="pod-ambient"]')).toContainText('TCP');
  const after = await bookinfoPod(sandbox, 'ratings');
  expect(after.metadata.labels?.[MODE]).toBe('none');
  expect(after.metadata.uid).toBe(pod.metadata.uid);

  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Add to ambient' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Add to ambient' }).click();
  await sandbox.settle();
  await expect(page.locator('[data-test="pod-ambient"]')).toContainText('HBONE');
  expect((await bookinfoPod(sandbox, 'ratings')).metadata.labels?.[MODE]).toBeUndefined();
  const log = (
    await sandbox.api<{ items: { method: string; path: string }[] }>('GET', '/sandbox/requests')
  ).body.items.filter((r) => r.method !== 'GET' && !r.path.includes('selfsubjectaccessreviews'));
  expect(log.map((r) => `${r.method} ${r.path}`)).toEqual([
    `PATCH /api/v1/namespaces/bookinfo/pods/${name}`,
    `PATCH /api/v1/namespaces/bookinfo/pods/${name}`,
  ]);
});

test('Namespace details: data plane, pods captured and waypoint', async ({ page, sandbox }) => {
  await page.goto('/k8s/cluster/namespaces/bookinfo');
  const item = page.locator('[data-test="namespace-ambient"]');
  await expect(item).toContainText('Ambient');
  await expect(page.locator('[data-test="namespace-ambient-captured"]')).toHaveText('6 of 6');
  await expect(page.locator('[data-test="namespace-ambient-waypoint"]')).toHaveText('None');
  await sandbox.api('PATCH', '/api/v1/namespaces/bookinfo', {
    metadata: { labels: { 'istio.io/use-waypoint': 'waypoint' } },
  });
  await expect(page.locator('[data-test="namespace-ambient-waypoint"]')).toHaveText(
    'waypoint (Missing)',
  );
});

test('as developer: the Project details and a pod show ambient, the trust domain as unknown', async ({
  page,
  sandbox,
}) => {
  await loginAs(page, 'developer');
  await page.goto('/k8s/cluster/projects/bookinfo');
  await expect(page.locator('[data-test="namespace-ambient-captured"]')).toHaveText('6 of 6');
  const pod = await bookinfoPod(sandbox, 'details');
  await page.goto(`/k8s/ns/bookinfo/pods/${pod.metadata.name}`);
  await expect(page.locator('[data-test="pod-ambient"]')).toContainText('HBONE');
  await expect(page.locator('[data-test="pod-identity"]')).toContainText(
    'trust domain unknown: you may not read the Istio resource',
  );
});

test('the project bar shows on the console namespaced routes only, and lists projects only when opened', async ({
  page,
  sandbox,
}) => {
  // The console shows its namespace bar on `<prefix>/ns/:ns/*` and `<prefix>/all-namespaces/*`
  // only, and its menu watches the projects only while open: a plugin page lists none.
  expect((await sandbox.api('GET', '/apis/project.openshift.io/v1/projects')).status).toBe(200);
  const projectLists: string[] = [];
  page.on('request', (r) => {
    if (/\/apis\/project\.openshift\.io\/v1\/projects(\?|$)/.test(r.url()))
      projectLists.push(r.url());
  });
  const bar = page.getByRole('button', { name: 'Project' });

  await page.goto('/ambient-mesh/topology');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topology');
  await page.waitForLoadState('networkidle');
  await expect(bar).toHaveCount(0);
  expect(projectLists).toEqual([]);

  const pod = await bookinfoPod(sandbox, 'reviews-v1');
  await page.goto(`/k8s/ns/bookinfo/pods/${pod.metadata.name}`);
  await expect(bar).toHaveText('Project: bookinfo');
  await page.waitForLoadState('networkidle');
  expect(projectLists).toEqual([]);

  await bar.click();
  await expect(page.getByRole('option', { name: 'bookinfo' })).toBeVisible();
  expect(projectLists.length).toBeGreaterThan(0);
});
