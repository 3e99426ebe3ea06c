import type { Page } from '@playwright/test';
import { expect, test, type Sandbox } from './support/fixtures';

type Cond = { type: string; status: string };
type CR = {
  metadata: {
    name: string;
    generation?: number;
    resourceVersion?: string;
    managedFields?: unknown;
  };
  spec: Record<string, unknown> & { version?: string };
  status?: { observedGeneration?: number; conditions?: Cond[]; activeRevisionName?: string };
};
type Pod = {
  metadata: { name: string; deletionTimestamp?: string };
  spec: { nodeName?: string; containers: { image: string }[] };
  status?: { conditions?: Cond[] };
};
type RequestRecord = {
  method: string;
  path: string;
  query: string;
  watch: boolean;
  status: number;
};

const TO = 'v1.27.9';
const CRS: [string, string][] = [
  ['Istio', '/apis/sailoperator.io/v1/istios/default'],
  ['ZTunnel', '/apis/sailoperator.io/v1/ztunnels/default'],
  ['IstioCNI', '/apis/sailoperator.io/v1/istiocnis/default'],
];
const PODS: [string, string][] = [
  ['istio-system', 'app=istiod'],
  ['ztunnel', 'app=ztunnel'],
  ['istio-cni', 'k8s-app=istio-cni-node'],
];

const crs = async (sandbox: Sandbox) =>
  Object.fromEntries(
    await Promise.all(
      CRS.map(async ([kind, path]) => [kind, (await sandbox.api<CR>('GET', path)).body] as const),
    ),
  );
const pods = async (sandbox: Sandbox, ns: string, selector: string) =>
  (
    await sandbox.api<{ items: Pod[] }>(
      'GET',
      `/api/v1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent(selector)}`,
    )
  ).body.items;
/** The patches sent (not dry runs), as `resource/name`; `accepted`: only those the API took. */
const writes = async (sandbox: Sandbox, accepted = true) =>
  (await sandbox.api<{ items: RequestRecord[] }>('GET', '/sandbox/requests')).body.items
    .filter((r) => r.method === 'PATCH' && !r.watch && !/dryRun/.test(r.query))
    .filter((r) => !accepted || r.status < 300)
    .map((r) => r.path.split('/').slice(-2).join('/'));

/** What upstream's procedure leaves: only spec.version moved, Ready for the new generation. */
const expectUpgraded = async (sandbox: Sandbox, before: Record<string, CR>) => {
  const after = await crs(sandbox);
  for (const [kind] of CRS) {
    const a = after[kind];
    expect(a.spec).toEqual({ ...before[kind].spec, version: TO });
    expect(a.status?.observedGeneration).toBe(a.metadata.generation);
    expect(a.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
  }
  for (const [ns, selector] of PODS) {
    const list = (await pods(sandbox, ns, selector)).filter((p) => !p.metadata.deletionTimestamp);
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) expect(p.spec.containers[0].image).toMatch(/:1\.27\.9$/);
  }
};

const startUpgrade = async (page: Page) => {
  await page.getByRole('button', { name: 'Upgrade', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Upgrade', exact: true }).click();
};

test.describe('upgrade', () => {
  test.use({ scenario: 'upgrade', clusterDelayMs: 150 });

  test('InPlace 1.26 -> 1.27: pre-checks, dry run, live progress per node, only spec.version changed', async ({
    page,
    sandbox,
    consoleErrors,
  }) => {
    test.setTimeout(180000);
    const before = await crs(sandbox);
    await page.goto('/ambient-mesh');
    await expect(page.locator('[data-test="upgrade-available"]')).toContainText(TO);
    await page
      .locator('[data-test="upgrade-available"]')
      .getByRole('button', { name: 'Upgrade' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/ambient-mesh/upgrade\\?to=${TO}`));
    await expect(page.locator('[data-test="version-Istio"]')).toContainText('v1.26.8');
    await expect(page.locator('[data-test="version-ZTunnel"]')).toContainText('1.26.8 on 6 pods');
    await expect(page.locator('[data-test="precheck-ready"]')).toHaveAttribute(
      'data-status',
      'pass',
    );
    await expect(page.locator('[data-test="precheck-connections"]')).toContainText(
      'long-lived connections',
    );
    await sandbox.api('DELETE', '/sandbox/requests');
    await page.getByRole('button', { name: 'Dry run' }).click();
    for (const [kind] of CRS)
      await expect(page.locator(`[data-test="step-${kind}/default"]`)).toContainText(
        `spec.version: v1.26.8 -> ${TO}`,
      );
    expect(await writes(sandbox)).toEqual([]);
    expect(await crs(sandbox)).toEqual(before);

    await startUpgrade(page);
    // per node, live: the count of ztunnel nodes replaced is seen between none and all
    const count = page.locator('[data-test="pods-ZTunnel/default"] [data-test="replaced-count"]');
    await expect(count).toBeVisible({ timeout: 60000 });
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const done = await count.getAttribute('data-done');
      if (done !== null) seen.add(done);
      if (
        (await page.locator('[data-test="step-ZTunnel/default"]').getAttribute('data-status')) ===
        'done'
      )
        break;
      await page.waitForTimeout(100);
    }
    console.log(`ztunnel nodes replaced, as seen: ${[...seen].join(', ')}`);
    expect(seen.size).toBeGreaterThan(2);
    await expect(
      page.locator('[data-test="pods-ZTunnel/default"] [data-test="node-worker-0"]'),
    ).toContainText('1.26.8');
    await expect(page.locator('[data-test="run-done"]')).toBeVisible({ timeout: 90000 });
    await expectUpgraded(sandbox, before);
    // each CR patched once (a refused guard is re-read and sent again), in order
    expect(await writes(sandbox)).toEqual([
      'istios/default',
      'ztunnels/default',
      'istiocnis/default',
    ]);
    // a guard refused because the watch's copy was stale shows in the browser's network log as a
    // 422: the page re-reads and sends the patch again (the accepted patches are checked above)
    expect(consoleErrors.filter((e) => !/status of 422/.test(e))).toEqual([]);
  });

  test('Retry after an injected failure continues without patching again', async ({
    page,
    sandbox,
  }) => {
    test.setTimeout(180000);
    const before = await crs(sandbox);
    await sandbox.api('POST', '/sandbox/faults', {
      method: 'PATCH',
      path: '/ztunnels/default$',
      status: 500,
      message: 'etcd is having a bad day',
    });
    await page.goto(`/ambient-mesh/upgrade?to=${TO}`);
    await sandbox.api('DELETE', '/sandbox/requests');
    await startUpgrade(page);
    await expect(page.locator('[data-test="step-ZTunnel/default"]')).toContainText(
      'etcd is having a bad day',
      { timeout: 60000 },
    );
    await expect(page.locator('[data-test="step-Istio/default"]')).toHaveAttribute(
      'data-status',
      'done',
    );
    await expect(page.locator('[data-test="step-IstioCNI/default"]')).toHaveAttribute(
      'data-status',
      'pending',
    );
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('[data-test="run-done"]')).toBeVisible({ timeout: 120000 });
    await expectUpgraded(sandbox, before);
    // the failed patch (500) was sent, then once more by Retry; Istio was never patched again
    expect(await writes(sandbox)).toEqual([
      'istios/default',
      'ztunnels/default',
      'istiocnis/default',
    ]);
    const sent = await writes(sandbox, false);
    expect(sent.filter((w) => w === 'istios/default')).toHaveLength(1);
    expect(sent.filter((w) => w === 'ztunnels/default').length).toBeGreaterThanOrEqual(2);
  });

  test('a jump of two minor versions is refused with the reason', async ({ page, sandbox }) => {
    await page.goto('/ambient-mesh/upgrade?to=v1.28.0');
    await expect(page.locator('[data-test="target-refused"]')).toContainText(
      'More than one minor version ahead',
    );
    await expect(page.getByRole('button', { name: 'Upgrade', exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Dry run' })).toBeDisabled();
    expect((await crs(sandbox)).Istio.spec.version).toBe('v1.26.8');
  });
});

test.describe('revision-based upgrade', () => {
  test.use({ scenario: 'upgrade-revisions', clusterDelayMs: 150 });

  test('the new revision beside the old, the tag follows, the old revision is still used', async ({
    page,
    sandbox,
  }) => {
    test.setTimeout(180000);
    await page.goto(`/ambient-mesh/upgrade?to=${TO}`);
    await expect(page.locator('[data-test="tag-default"]')).toContainText(
      'follows the active revision by itself',
    );
    await sandbox.api('DELETE', '/sandbox/requests');
    await startUpgrade(page);
    await expect(page.locator('[data-test="run-done"]')).toBeVisible({ timeout: 120000 });
    const istio = (await sandbox.api<CR>('GET', CRS[0][1])).body;
    expect(istio.status?.activeRevisionName).toBe('default-v1-27-9');
    const istiods = await pods(sandbox, 'istio-system', 'app=istiod');
    expect(istiods.map((p) => p.spec.containers[0].image.split(':').pop()).sort()).toEqual([
      '1.26.8',
      '1.27.9',
    ]);
    await expect(page.locator('[data-test="old-revision-default-v1-26-8"]')).toContainText(
      'sidecar-app/legacy-',
    );
    expect(await writes(sandbox)).toEqual([
      'istios/default',
      'ztunnels/default',
      'istiocnis/default',
    ]);

    // the overview's Revisions card shows both revisions and what uses each
    await page.goto('/ambient-mesh');
    const active = page.locator('[data-test="revision-default"]');
    await expect(active.locator('[data-test="revision-name"]')).toHaveText('default-v1-27-9');
    await expect(active.locator('[data-test="revision-tags"]')).toContainText('default');
    const old = page.locator('[data-test="revision-default-default-v1-26-8"]');
    await expect(old.locator('[data-test="revision-in-use"]')).toHaveText('Yes');
    await expect(old.locator('[data-test="revision-used-by"]')).toContainText('1 pod');

    // once its last sidecar pod is restarted onto the new revision, the old one may be removed now
    await page.goto('/ambient-mesh/upgrade');
    const oldItem = page.locator('[data-test="old-revision-default-v1-26-8"]');
    await expect(oldItem).toContainText('still in use');
    await expect(oldItem.getByRole('button', { name: 'Remove now' })).toHaveCount(0);
    // a long grace period, so the operator does not prune it before the user does
    await sandbox.api('PATCH', CRS[0][1], {
      spec: { updateStrategy: { inactiveRevisionDeletionGracePeriodSeconds: 3600 } },
    });
    await sandbox.api('PATCH', '/apis/apps/v1/namespaces/sidecar-app/deployments/legacy', {
      spec: {
        template: {
          metadata: {
            annotations: { 'kubectl.kubernetes.io/restartedAt': new Date().toISOString() },
          },
        },
      },
    });
    await expect(oldItem).toContainText('no longer in use', { timeout: 60000 });
    await oldItem.getByRole('button', { name: 'Remove now' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(page.locator('[data-test="removing-default-v1-26-8"]')).toBeVisible();
    await expect
      .poll(
        async () =>
          (await sandbox.api('GET', '/apis/sailoperator.io/v1/istiorevisions/default-v1-26-8'))
            .status,
        { timeout: 60000 },
      )
      .toBe(404);
    await expect
      .poll(
        async () =>
          (await pods(sandbox, 'istio-system', 'app=istiod')).map((p) =>
            p.spec.containers[0].image.split(':').pop(),
          ),
        { timeout: 60000 },
      )
      .toEqual(['1.27.9']);
    const after = (await sandbox.api<CR>('GET', CRS[0][1])).body;
    expect(after.status?.activeRevisionName).toBe('default-v1-27-9');
  });
});
