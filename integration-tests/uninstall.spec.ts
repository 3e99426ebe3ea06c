import type { Page } from '@playwright/test';
import { expect, loginAs, test, type Sandbox } from './support/fixtures';

type Obj = {
  kind?: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: { gatewayClassName?: string };
};
type List = { items: Obj[] };
type RequestRecord = { method: string; path: string; query: string; watch: boolean };

const SYSTEM = ['istio-system', 'istio-cni', 'ztunnel'];
/** Labels of ambient mode: enrollment, waypoint use, and the wizard's discovery label. */
const MESH_LABELS = [
  'istio.io/dataplane-mode',
  'istio.io/use-waypoint',
  'istio.io/use-waypoint-namespace',
  'istio-discovery',
];
const MESH_POD_LABELS: [string, string][] = [
  ['app', 'ztunnel'],
  ['app', 'istiod'],
  ['k8s-app', 'istio-cni-node'],
];

const list = async (sandbox: Sandbox, path: string): Promise<Obj[]> => {
  const res = await sandbox.api<List>('GET', path);
  return res.status === 200 ? res.body.items : [];
};
const id = (kind: string, o: Obj) =>
  `${kind}/${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;

/**
 * Everything of ambient mode on the cluster, object by object: the Sail CRs, waypoints, labels on
 * namespaces, pods and services, the mesh's pods, and every object in the system namespaces.
 */
const meshObjects = async (sandbox: Sandbox): Promise<string[]> => {
  const out: string[] = [];
  for (const [kind, path] of [
    ['Istio', '/apis/sailoperator.io/v1/istios'],
    ['IstioCNI', '/apis/sailoperator.io/v1/istiocnis'],
    ['ZTunnel', '/apis/sailoperator.io/v1alpha1/ztunnels'],
  ])
    out.push(...(await list(sandbox, path)).map((o) => id(kind, o)));
  out.push(
    ...(await list(sandbox, '/apis/gateway.networking.k8s.io/v1/gateways'))
      .filter((g) => g.spec?.gatewayClassName === 'istio-waypoint')
      .map((g) => id('Gateway', g)),
  );
  for (const [kind, path] of [
    ['Namespace', '/api/v1/namespaces'],
    ['Pod', '/api/v1/pods'],
    ['Service', '/api/v1/services'],
  ]) {
    for (const o of await list(sandbox, path)) {
      const labels = o.metadata.labels ?? {};
      const keys = MESH_LABELS.filter((k) => k in labels);
      if (keys.length && !SYSTEM.includes(o.metadata.namespace ?? ''))
        out.push(`${id(kind, o)} (${keys.join(', ')})`);
      if (kind === 'Pod' && MESH_POD_LABELS.some(([k, v]) => labels[k] === v))
        out.push(id(kind, o));
    }
  }
  for (const ns of SYSTEM) {
    if ((await sandbox.api('GET', `/api/v1/namespaces/${ns}`)).status === 200)
      out.push(`Namespace/${ns}`);
    for (const [kind, path] of [
      ['Deployment', `/apis/apps/v1/namespaces/${ns}/deployments`],
      ['DaemonSet', `/apis/apps/v1/namespaces/${ns}/daemonsets`],
      ['Service', `/api/v1/namespaces/${ns}/services`],
      ['ServiceAccount', `/api/v1/namespaces/${ns}/serviceaccounts`],
      ['ConfigMap', `/api/v1/namespaces/${ns}/configmaps`],
    ])
      out.push(...(await list(sandbox, path)).map((o) => id(kind, o)));
  }
  return [...new Set(out)].sort();
};

const expectOperatorInstalled = async (sandbox: Sandbox) => {
  const op = '/apis/apps/v1/namespaces/openshift-operators/deployments/servicemesh-operator3';
  expect((await sandbox.api('GET', op)).status).toBe(200);
  const crd = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/istios.sailoperator.io';
  expect((await sandbox.api('GET', crd)).status).toBe(200);
};

const addWaypoint = async (sandbox: Sandbox) => {
  const gw = await sandbox.api(
    'POST',
    '/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways',
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: {
        name: 'waypoint',
        namespace: 'bookinfo',
        labels: { 'istio.io/waypoint-for': 'service' },
      },
      spec: {
        gatewayClassName: 'istio-waypoint',
        listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
      },
    },
  );
  expect(gw.status).toBe(201);
  await sandbox.api('PATCH', '/api/v1/namespaces/bookinfo', {
    metadata: { labels: { 'istio.io/use-waypoint': 'waypoint' } },
  });
  await sandbox.settle();
};

const openFromOverview = async (page: Page) => {
  await page.goto('/ambient-mesh');
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Uninstall ambient mode' }).click();
  await expect(page).toHaveURL(/\/ambient-mesh\/uninstall$/);
};

const confirmUninstall = async (page: Page) => {
  await page.getByRole('button', { name: 'Uninstall', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const go = dialog.getByRole('button', { name: 'Uninstall', exact: true });
  await expect(go).toBeDisabled();
  await dialog.getByLabel('Type uninstall to confirm').fill('uninstall');
  await go.click();
};

const podCount = async (sandbox: Sandbox, ns: string) =>
  (await list(sandbox, `/api/v1/namespaces/${ns}/pods`)).length;

test.describe('ambient: bookinfo enrolled, a waypoint', () => {
  test.use({ scenario: 'ambient' });

  test('un-enrolls, deletes waypoint and CRs in order, deletes the namespaces: nothing left', async ({
    page,
    sandbox,
    consoleErrors,
  }) => {
    await addWaypoint(sandbox);
    const before = await meshObjects(sandbox);
    expect(before).toEqual(
      expect.arrayContaining(['Gateway/bookinfo/waypoint', 'Istio/default', 'Namespace/ztunnel']),
    );
    const appPods = await podCount(sandbox, 'bookinfo');
    await openFromOverview(page);
    await expect(page.locator('[data-test="inventory-namespaces"]')).toHaveText('1: bookinfo');
    await expect(page.locator('[data-test="inventory-waypoints"]')).toHaveText(
      '1: bookinfo/waypoint',
    );
    await expect(page.locator('[data-test="inventory-crs"]')).toContainText(
      'ZTunnel/default, IstioCNI/default, Istio/default',
    );
    for (const ns of SYSTEM) await page.getByLabel(`Delete namespace ${ns}`).check();

    // Dry run: every write sent with dryRun=All, nothing changed.
    await sandbox.api('DELETE', '/sandbox/requests');
    await page.getByRole('button', { name: 'Dry run' }).click();
    await expect(page.locator('[data-test="step-delete:Istio/default"]')).toContainText(
      'Dry run passed',
    );
    const dry = (
      await sandbox.api<{ items: RequestRecord[] }>('GET', '/sandbox/requests')
    ).body.items.filter((r) => (r.method === 'PATCH' || r.method === 'DELETE') && !r.watch);
    expect(dry.length).toBeGreaterThanOrEqual(8);
    expect(dry.every((r) => r.query.includes('dryRun=All'))).toBe(true);
    expect(await meshObjects(sandbox)).toEqual(before);

    await confirmUninstall(page);
    await expect(page.locator('[data-test="final-state"]')).toContainText(
      'Ambient mode is uninstalled',
      {
        timeout: 45000,
      },
    );
    // The steps ran in order: the CRs after the waypoint, ZTunnel first.
    const order = (
      await sandbox.api<{ items: RequestRecord[] }>('GET', '/sandbox/requests')
    ).body.items
      .filter((r) => r.method === 'DELETE' && !r.query.includes('dryRun'))
      .map((r) => r.path.split('/').slice(-2).join('/'));
    expect(order).toEqual([
      'gateways/waypoint',
      'ztunnels/default',
      'istiocnis/default',
      'istios/default',
      'namespaces/istio-cni',
      'namespaces/istio-system',
      'namespaces/ztunnel',
    ]);

    const left = await meshObjects(sandbox);
    console.log(`left behind: ${left.length}${left.length ? `: ${left.join(', ')}` : ''}`);
    expect(left).toEqual([]);
    await expect(page.locator('[data-test="leftovers"] li')).toHaveCount(1);
    await expectOperatorInstalled(sandbox);
    expect(await podCount(sandbox, 'bookinfo')).toBe(appPods - 1); // the waypoint's pod
    expect(consoleErrors).toEqual([]);
  });

  test('stops on an injected fault, then Retry continues where it stopped', async ({
    page,
    sandbox,
  }) => {
    await addWaypoint(sandbox);
    await sandbox.api('POST', '/sandbox/faults', {
      method: 'DELETE',
      path: '/istiocnis/default$',
      status: 500,
      message: 'etcd is having a bad day',
    });
    await page.goto('/ambient-mesh/uninstall');
    await expect(page.locator('[data-test="inventory-waypoints"]')).toHaveText(
      '1: bookinfo/waypoint',
    );
    await confirmUninstall(page);
    await expect(page.locator('[data-test="run-failed"]')).toContainText(
      'etcd is having a bad day',
    );
    await expect(page.locator('[data-test="step-delete:ZTunnel/default"]')).toHaveAttribute(
      'data-status',
      'done',
    );
    await expect(page.locator('[data-test="step-delete:Istio/default"]')).toHaveAttribute(
      'data-status',
      'pending',
    );
    expect((await sandbox.api('GET', '/apis/sailoperator.io/v1/istios/default')).status).toBe(200);
    await sandbox.api('DELETE', '/sandbox/requests');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('[data-test="final-state"]')).toContainText(
      'Ambient mode is uninstalled',
      {
        timeout: 45000,
      },
    );
    // Retry resumed at the failed step: nothing done before was sent again.
    const again = (
      await sandbox.api<{ items: RequestRecord[] }>('GET', '/sandbox/requests')
    ).body.items
      .filter((r) => (r.method === 'DELETE' || r.method === 'PATCH') && !r.watch)
      .map((r) => r.path.split('/').slice(-2).join('/'));
    expect(again).toEqual(['istiocnis/default', 'istios/default']);
    // The namespaces were not asked for: they are what is left, and the page says why.
    const left = await meshObjects(sandbox);
    console.log(`left behind (kept by choice): ${left.length}: ${left.join(', ')}`);
    expect(left).toEqual(SYSTEM.map((n) => `Namespace/${n}`).sort());
    for (const ns of SYSTEM)
      await expect(page.locator(`[data-test="leftover-Namespace/${ns}"]`)).toContainText(
        'kept: you did not ask to delete it',
      );
    await expectOperatorInstalled(sandbox);
  });

  test('the developer sees why they cannot uninstall', async ({ page }) => {
    await loginAs(page, 'developer');
    await page.goto('/ambient-mesh/uninstall');
    await expect(page.locator('[data-test="disabled-reason"]')).toContainText(
      'You cannot uninstall ambient mode: you may not delete ztunnels.sailoperator.io',
    );
    await expect(page.getByRole('button', { name: 'Uninstall', exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Dry run' })).toBeDisabled();
  });
});

test.describe('fresh, after the wizard installed with a discovery selector', () => {
  const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();

  /** The wizard's click-through: defaults, only labelled namespaces, bookinfo labelled. */
  const installWithWizard = async (page: Page) => {
    await page.goto('/ambient-mesh/install');
    await expect(page.locator('[data-test="check-operator"]')).toBeVisible();
    await expect(page.locator('[data-status="loading"]')).toHaveCount(0);
    await next(page);
    await expect(page.getByLabel('Istio version')).toBeVisible();
    await next(page);
    await expect(page.getByLabel('Trusted ztunnel namespace')).toBeVisible();
    await next(page);
    await page.getByLabel('Only labelled namespaces').check();
    await page.getByPlaceholder('Find a namespace by name').fill('book');
    await page.getByLabel('bookinfo', { exact: true }).check();
    await next(page);
    await expect(page.getByText(/accepted every write in a dry run/)).toBeVisible();
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await expect(page.getByText('Ambient mode is installed')).toBeVisible({ timeout: 45000 });
  };

  test('removes the discovery labels and keeps a namespace that holds objects of others', async ({
    page,
    sandbox,
  }) => {
    await installWithWizard(page);
    await sandbox.api('POST', '/api/v1/namespaces/ztunnel/configmaps', {
      metadata: { name: 'my-notes' },
      data: { a: 'b' },
    });
    await sandbox.settle();

    await openFromOverview(page);
    await expect(page.locator('[data-test="inventory-discovery"]')).toHaveText(
      '4: bookinfo, istio-cni, istio-system, ztunnel',
    );
    await expect(page.locator('[data-test="inventory-namespaces"]')).toHaveText('None');
    await expect(page.getByLabel('Delete namespace ztunnel')).toBeDisabled();
    await expect(
      page.getByText('Kept: it holds objects the operator did not create: ConfigMap/my-notes'),
    ).toBeVisible();
    await page.getByLabel('Delete namespace istio-system').check();
    await page.getByLabel('Delete namespace istio-cni').check();
    // Nothing is enrolled: the "stop" choice goes ahead too.
    await page.getByLabel('Stop if anything is still enrolled').check();
    await confirmUninstall(page);
    await expect(page.locator('[data-test="final-state"]')).toContainText(
      'Ambient mode is uninstalled',
      { timeout: 45000 },
    );
    await expect(page.locator('[data-test="leftover-Namespace/ztunnel"]')).toContainText(
      'kept: it holds objects the operator did not create (ConfigMap/my-notes)',
    );
    const left = await meshObjects(sandbox);
    console.log(
      `left behind (kept, holds the user's ConfigMap): ${left.length}: ${left.join(', ')}`,
    );
    expect(left).toEqual(['ConfigMap/ztunnel/my-notes', 'Namespace/ztunnel']);
    for (const ns of ['bookinfo', 'ztunnel']) {
      const { body } = await sandbox.api<Obj>('GET', `/api/v1/namespaces/${ns}`);
      expect(body.metadata.labels?.['istio-discovery']).toBeUndefined();
    }
    await expectOperatorInstalled(sandbox);
  });
});
