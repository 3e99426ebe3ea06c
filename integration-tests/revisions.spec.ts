import type { Page } from '@playwright/test';
import { expect, test, type Sandbox } from './support/fixtures';

type Obj = {
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown> & { conditions?: { type: string; status: string }[] };
};

const SAIL = '/apis/sailoperator.io/v1';
const REVISION = 'mesh-v1-31-0-beta-1';

const get = async (sandbox: Sandbox, path: string): Promise<Obj> =>
  (await sandbox.api<Obj>('GET', path)).body;
const isTrue = (o: Obj, type: string) =>
  !!o.status?.conditions?.some((c) => c.type === type && c.status === 'True');
const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();

test.describe('sail-next', () => {
  test.use({ scenario: 'sail-next' });

  // sail-operator main: ZTunnel spec.targetRef, IstioRevisionTag; istio/istio tag_watcher.go.
  test('sail-next: a RevisionBased install with its own name wires ZTunnel by targetRef, tags it default, and a new waypoint is served by it', async ({
    page,
    sandbox,
  }) => {
    test.setTimeout(180000);
    await page.goto('/ambient-mesh/install');
    await expect(page.locator('[data-test="check-operator"]')).toContainText('3.3');
    await expect(page.locator('[data-status="loading"]')).toHaveCount(0);
    await next(page);
    await page.getByLabel(/Istio name/).fill('mesh');
    await page.getByLabel('RevisionBased').check();
    await expect(page.getByLabel('Revision', { exact: true })).toHaveValue(REVISION);
    await next(page);
    await next(page);
    await next(page);
    await expect(page.getByText(/accepted every write in a dry run/)).toBeVisible();
    const yaml = page.locator('#install-yaml-code');
    await expect(yaml).toContainText('kind: IstioRevisionTag');
    await expect(yaml).toContainText('targetRef:');
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await expect(page.getByText('Ambient mode is installed')).toBeVisible({ timeout: 60000 });

    const zt = await get(sandbox, `${SAIL}/ztunnels/default`);
    expect(zt.spec?.targetRef).toEqual({ kind: 'Istio', name: 'mesh' });
    expect(isTrue(zt, 'Ready')).toBe(true);
    const { body: ds } = await sandbox.api<Obj>(
      'GET',
      '/apis/apps/v1/namespaces/ztunnel/daemonsets/ztunnel',
    );
    expect(JSON.stringify(ds.spec)).toContain(`istiod-${REVISION}.istio-system.svc:15012`);
    const { body: pods } = await sandbox.api<{ items: Obj[] }>(
      'GET',
      '/api/v1/namespaces/ztunnel/pods',
    );
    expect(pods.items.length).toBeGreaterThan(0);
    expect(pods.items.every((p) => isTrue(p, 'Ready'))).toBe(true);
    const tag = await get(sandbox, `${SAIL}/istiorevisiontags/default`);
    expect(tag.spec?.targetRef).toEqual({ kind: 'Istio', name: 'mesh' });
    expect(tag.status).toMatchObject({ istioRevision: REVISION, istiodNamespace: 'istio-system' });

    await page.goto('/ambient-mesh');
    const row = page.locator('[data-test="revision-mesh"]');
    await expect(row.locator('[data-test="revision-name"]')).toHaveText(REVISION);
    await expect(row.locator('[data-test="revision-tags"]')).toHaveText('default');
    await expect(row.locator('[data-test="revision-in-use"]')).toHaveText('Yes');

    await page.goto('/k8s/cluster/namespaces/bookinfo/ambient-mesh');
    await page.getByRole('button', { name: 'Add waypoint' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('textbox', { name: /^Name/ })).toHaveValue('waypoint');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toHaveCount(0);
    const wp = page.locator('[data-test="waypoint-row-waypoint"]');
    await expect(wp.locator('[data-test="programmed"]')).toHaveText('True');
    const gw = await get(
      sandbox,
      '/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways/waypoint',
    );
    // No istio.io/rev: the default tag hands unlabelled waypoints to the tagged revision.
    expect(gw.metadata.labels?.['istio.io/rev']).toBeUndefined();
    const { body: deploy } = await sandbox.api<Obj>(
      'GET',
      '/apis/apps/v1/namespaces/bookinfo/deployments/waypoint',
    );
    expect(deploy.metadata.name).toBe('waypoint');
  });
});

test.describe('edge-cases', () => {
  test.use({ scenario: 'edge-cases' });

  // istio/istio cni/pkg/nodeagent AddPodToMesh: `late` runs on worker-2, whose ztunnel is down.
  test('the pre-flight says an enrolled pod is stuck in ContainerCreating while its ztunnel is down', async ({
    page,
  }) => {
    await page.goto('/k8s/cluster/namespaces/edge/ambient-mesh');
    await expect(page.getByText('Pods stuck in ContainerCreating')).toBeVisible();
    await expect(
      page.getByText(/Enrolled pods wait for ztunnel on their node \(worker-2\)/),
    ).toContainText('late');
  });

  // istio/istio ambient/waypoints.go AllowsAttachmentFromNamespace: the HBONE listener's allowedRoutes.
  test('the namespace tab shows a waypoint in another namespace as allowed or denied, as the Namespaces page does', async ({
    page,
  }) => {
    await page.goto('/k8s/cluster/namespaces/tenant-a/ambient-mesh');
    const allowed = page.locator('[data-test="tab-namespace-waypoint"]');
    await expect(allowed).toHaveText(/infra\/open-wp$/);
    await page.goto('/k8s/cluster/namespaces/tenant-b/ambient-mesh');
    const denied = page.locator('[data-test="tab-namespace-waypoint"]');
    await expect(denied).toContainText('infra/closed-wp');
    await expect(denied).toContainText('Denied: its allowedRoutes do not admit this namespace');
    await page.goto('/ambient-mesh/namespaces');
    await expect(
      page.locator('[data-test="ns-row-tenant-b"] [data-test="waypoint"]'),
    ).toContainText('Denied: its allowedRoutes do not admit this namespace');
  });
});
