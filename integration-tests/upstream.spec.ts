import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ztunnelWorkloads } from './support/ztunnelOracle';

// The edge-cases scenario against what upstream Istio would do (support/ztunnelOracle.ts).
test.use({ scenario: 'edge-cases' });

const NAMESPACES = ['edge', 'tenant-a', 'tenant-b', 'infra'];

type PodList = { items: { metadata: { name: string } }[] };

const row = (page: Page, ns: string, name: string) =>
  page.locator(`[data-test="workload-${ns}-${name}"]`);

for (const ns of NAMESPACES) {
  test(`workloads of ${ns}: the rows, IPs, node, waypoint and protocol of ztunnel-config workloads`, async ({
    page,
    sandbox,
  }) => {
    const expected = (await ztunnelWorkloads(sandbox.api)).filter((r) => r.namespace === ns);
    expect(expected.length).toBeGreaterThan(0);
    const pods = ((await sandbox.api('GET', `/api/v1/namespaces/${ns}/pods`)).body as PodList)
      .items;
    await page.goto(`/ambient-mesh/topology?namespace=${ns}`);
    await expect(
      page.getByText(
        `${expected.length} of ${expected.length} ${expected.length === 1 ? 'pod' : 'pods'}`,
        { exact: true },
      ),
    ).toBeVisible();
    for (const r of expected) {
      const tr = row(page, ns, r.name);
      await expect(tr.locator('td[data-label="Address"]')).toHaveText(r.address);
      await expect(tr.locator('td[data-label="Node"]')).toContainText(r.node);
      await expect(tr.locator('td[data-label="Protocol"]')).toHaveText(r.protocol);
      const workloadWaypoint = tr.locator('td[data-label="Waypoint"] > div > div').first();
      if (r.waypoint === 'None') {
        // None, or a waypoint the pod asks for that istiod does not bind (shown with why).
        await expect(workloadWaypoint).not.toHaveText(/^(\S+\/)?[a-z0-9-]+$/);
      } else {
        await expect(workloadWaypoint).toHaveText(new RegExp(`^(\\S+/)?${r.waypoint}$`));
      }
    }
    const listed = new Set(expected.map((r) => r.name));
    for (const p of pods.filter((x) => !listed.has(x.metadata.name)))
      await expect(row(page, ns, p.metadata.name)).toHaveCount(0);
  });
}

test('the scenario exercises the upstream cases the oracle covers', async ({ sandbox }) => {
  const rows = await ztunnelWorkloads(sandbox.api);
  const by = (ns: string, prefix: string) =>
    rows.find((r) => r.namespace === ns && r.name.startsWith(prefix));
  expect(by('edge', 'legacy')?.protocol).toBe('HBONE');
  expect(by('edge', 'batch-done')).toBeUndefined();
  expect(by('edge', 'unplaced')).toBeUndefined();
  expect(by('edge', 'late')).toBeUndefined();
  expect(by('tenant-a', 'app')?.waypoint).toBe('open-wp');
  expect(by('tenant-b', 'app')?.waypoint).toBe('None');
  expect(by('infra', 'open-wp')?.waypoint).toBe('None');
});

test('a cross-namespace waypoint its allowedRoutes deny is shown as denied, with the reason', async ({
  page,
}) => {
  await page.goto('/ambient-mesh/topology?namespace=tenant-b');
  const cell = page.locator('[data-test^="workload-tenant-b-app-"] td[data-label="Waypoint"]');
  await expect(cell.first()).toContainText('infra/closed-wp');
  await expect(cell.first()).toContainText('Denied: its allowedRoutes do not admit this namespace');

  await page.goto('/ambient-mesh/namespaces');
  const denied = page.locator('[data-test="ns-row-tenant-b"] [data-test="waypoint"]');
  await expect(denied).toContainText('infra/closed-wp');
  await expect(denied).toContainText('Denied: its allowedRoutes do not admit this namespace');
  const allowed = page.locator('[data-test="ns-row-tenant-a"] [data-test="waypoint"]');
  await expect(allowed).toHaveText(/infra\/open-wp$/);
});

test('the namespace tab shows the pod held in ContainerCreating while its ztunnel is down', async ({
  page,
}) => {
  await page.goto('/k8s/cluster/namespaces/edge/ambient-mesh');
  const late = page.locator('[data-test="pod-row-late"]');
  await expect(late.locator('[data-test="pod-redirection"]')).toContainText('Partially captured');
  await expect(late.locator('[data-test="pod-stuck"]')).toHaveText(
    'ContainerCreating: waits for ztunnel on its node',
  );
  await expect(late.locator('[data-test="pod-state"]')).toHaveText(
    'Enrolled, no ztunnel on its node',
  );
});
