import type { Page } from '@playwright/test';
import { expect, loginAs, test, type Sandbox } from './support/fixtures';

type Obj = {
  apiVersion?: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Record<string, unknown> & { values?: Record<string, Record<string, unknown>> };
  status?: { conditions?: { type: string; status: string }[] };
};
type List = { items: Obj[] };
type Logged = { method: string; path: string; query: string; watch: boolean; status: number };

const SAIL = '/apis/sailoperator.io';

const ready = (o: Obj) =>
  o.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');

const list = async (sandbox: Sandbox, path: string): Promise<Obj[]> =>
  (await sandbox.api<List>('GET', path)).body.items;

const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();

/** Walks the wizard from the prerequisites to the Review step, with an optional scope choice. */
const toReview = async (page: Page, scope?: (page: Page) => Promise<void>) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Install ambient mode' })).toBeVisible();
  await expect(page.locator('[data-test="check-operator"]')).toBeVisible();
  await expect(page.locator('[data-status="loading"]')).toHaveCount(0);
  await next(page);
  await expect(page.getByLabel('Istio version')).toBeVisible();
  await next(page);
  await expect(page.getByLabel('Trusted ztunnel namespace')).toBeVisible();
  await next(page);
  if (scope) await scope(page);
  await next(page);
  await expect(page.getByText(/accepted every write in a dry run/)).toBeVisible();
};

const install = async (page: Page) => {
  await page.getByRole('button', { name: 'Install', exact: true }).click();
  await expect(page.getByText('Ambient mode is installed')).toBeVisible({ timeout: 45000 });
};

test('fresh: a full click-through installs Istio, IstioCNI and ZTunnel Ready and shaped as chosen', async ({
  page,
  sandbox,
  consoleErrors,
}) => {
  await page.goto('/ambient-mesh');
  await page.getByRole('button', { name: 'Install ambient mode' }).first().click();
  await expect(page).toHaveURL(/\/ambient-mesh\/install$/);
  await expect(page.locator('[data-test="check-operator"]')).toContainText('3.1');
  await expect(page.locator('[data-test="check-serviceMesh2"]')).toHaveAttribute(
    'data-status',
    'pass',
  );
  await sandbox.api('DELETE', '/sandbox/requests');
  await toReview(page, async (p) => {
    await p.getByLabel('Only labelled namespaces').check();
    await p.getByPlaceholder('Find a namespace by name').fill('book');
    await p.getByLabel('bookinfo', { exact: true }).check();
  });
  await expect(page.getByRole('tab', { name: 'YAML' })).toBeVisible();
  await expect(page.locator('#install-yaml-code')).toContainText(
    'trustedZtunnelNamespace: ztunnel',
  );
  await install(page);

  // The requests of the whole install, from the first step on: reported, and bounded.
  const { body } = await sandbox.api<{ items: Logged[] }>('GET', '/sandbox/requests');
  const kind = (r: Logged) =>
    r.watch ? 'watch' : /dryRun=All/.test(r.query) ? `${r.method} (dry run)` : r.method;
  const counts: Record<string, number> = {};
  body.items.forEach((r) => (counts[kind(r)] = (counts[kind(r)] ?? 0) + 1));
  console.log(`install requests: ${body.items.length} total ${JSON.stringify(counts)}`);
  // 4 namespaces (3 created, bookinfo labelled) and 3 CRs: one write each, one dry run each.
  const writes = body.items.filter(
    (r) => ['POST', 'PATCH', 'PUT'].includes(r.method) && !r.path.includes('accessreview'),
  );
  expect(writes.filter((r) => !/dryRun=All/.test(r.query))).toHaveLength(7);
  expect(writes.filter((r) => /dryRun=All/.test(r.query))).toHaveLength(7);
  expect(body.items.filter((r) => r.method === 'PUT')).toHaveLength(0);
  // Reads: one GET per resource before its write, and no list polling.
  expect(body.items.filter((r) => r.method === 'GET' && !r.watch).length).toBeLessThanOrEqual(7);

  const [istio] = await list(sandbox, `${SAIL}/v1/istios`);
  const [cni] = await list(sandbox, `${SAIL}/v1/istiocnis`);
  const [zt] = await list(sandbox, `${SAIL}/v1alpha1/ztunnels`);
  expect([istio, cni, zt].every(ready)).toBe(true);
  expect(istio.spec).toMatchObject({
    namespace: 'istio-system',
    profile: 'ambient',
    updateStrategy: { type: 'InPlace' },
    values: {
      pilot: { trustedZtunnelNamespace: 'ztunnel' },
      meshConfig: { discoverySelectors: [{ matchLabels: { 'istio-discovery': 'enabled' } }] },
    },
  });
  expect(cni.spec).toMatchObject({
    namespace: 'istio-cni',
    values: { cni: { ambient: { reconcileIptablesOnStartup: true } } },
  });
  expect(zt.spec).toMatchObject({ namespace: 'ztunnel', profile: 'ambient' });
  for (const ns of ['istio-system', 'istio-cni', 'ztunnel', 'bookinfo']) {
    const { body } = await sandbox.api<Obj>('GET', `/api/v1/namespaces/${ns}`);
    expect(body.metadata.labels?.['istio-discovery']).toBe('enabled');
  }

  await page.getByRole('button', { name: 'View the overview' }).click();
  await expect(page.locator('[data-test="state-Istio"]')).toHaveText('Healthy');
  await expect(page.locator('[data-test="state-ZTunnel"]')).toHaveText('Healthy');
  // The reads before each create answer 404 (absent): the browser logs those, nothing else.
  expect(consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
});

test('fresh: a RevisionBased Istio with its own name and namespace gets a ZTunnel wired to its istiod', async ({
  page,
  sandbox,
}) => {
  await page.goto('/ambient-mesh/install');
  await expect(page.locator('[data-status="loading"]')).toHaveCount(0);
  await next(page);
  await page.getByLabel(/Istio name/).fill('mesh');
  await page.getByLabel(/Control plane namespace/).fill('istio-cp');
  await page.getByLabel('RevisionBased').check();
  await expect(page.getByLabel('Revision', { exact: true })).toHaveValue('mesh-v1-26-8');
  await expect(page.locator('#revision-address')).toContainText(
    'istiod-mesh-v1-26-8.istio-cp.svc:15012',
  );
  await next(page);
  await expect(page.getByLabel('Trusted ztunnel namespace')).toBeVisible();
  await next(page);
  await next(page);
  await expect(page.getByText(/accepted every write in a dry run/)).toBeVisible();
  await expect(page.locator('#install-yaml-code')).toContainText('revision: mesh-v1-26-8');
  await expect(page.locator('#install-yaml-code')).toContainText('istioNamespace: istio-cp');
  await install(page);

  const [istio] = await list(sandbox, `${SAIL}/v1/istios`);
  expect(istio.metadata.name).toBe('mesh');
  expect(istio.status).toMatchObject({ activeRevisionName: 'mesh-v1-26-8' });
  const [zt] = await list(sandbox, `${SAIL}/v1alpha1/ztunnels`);
  expect(zt.spec?.values?.ztunnel).toMatchObject({
    revision: 'mesh-v1-26-8',
    istioNamespace: 'istio-cp',
  });
  expect(ready(zt)).toBe(true);
  // The ztunnel DaemonSet dials the istiod of that revision, which runs in istio-cp.
  const { body: ds } = await sandbox.api<Obj>(
    'GET',
    '/apis/apps/v1/namespaces/ztunnel/daemonsets/ztunnel',
  );
  expect(JSON.stringify(ds.spec)).toContain('istiod-mesh-v1-26-8.istio-cp.svc:15012');
  const { status } = await sandbox.api(
    'GET',
    '/apis/apps/v1/namespaces/istio-cp/deployments/istiod-mesh-v1-26-8',
  );
  expect(status).toBe(200);
});

test('fresh: the routingViaHost fix shows its fields after a dry run and keeps what others set', async ({
  page,
  sandbox,
}) => {
  const NETWORK = '/apis/operator.openshift.io/v1/networks/cluster';
  const GW = '/spec/defaultNetwork/ovnKubernetesConfig/gatewayConfig';
  type Network = {
    spec: {
      defaultNetwork: {
        type: string;
        ovnKubernetesConfig: { gatewayConfig: Record<string, unknown> };
      };
    };
  };
  await page.goto('/ambient-mesh/install');
  const check = page.locator('[data-test="check-network"]');
  await expect(check).toHaveAttribute('data-status', 'fail');
  await expect(check.locator('[data-test="field-changes"]')).toHaveText(
    'spec.defaultNetwork.ovnKubernetesConfig.gatewayConfig.routingViaHost: (not set) -> true',
  );
  // an administrator sets a gatewayConfig field while the page is open
  await sandbox.api('PATCH', NETWORK, [{ op: 'add', path: `${GW}/ipForwarding`, value: 'Global' }]);
  await sandbox.api('DELETE', '/sandbox/requests');
  await check.getByRole('button', { name: 'Check with a dry run' }).click();
  await expect(check.locator('[data-test="routing-via-host-dry-run"]')).toBeVisible();
  const requests = await sandbox.api<{ items: { method: string; path: string; query: string }[] }>(
    'GET',
    '/sandbox/requests',
  );
  expect(
    requests.body.items.filter((r) => r.method === 'PATCH').map((r) => `${r.path}?${r.query}`),
  ).toEqual([`${NETWORK}?dryRun=All`]);
  expect(
    (await sandbox.api<Network>('GET', NETWORK)).body.spec.defaultNetwork.ovnKubernetesConfig
      .gatewayConfig.routingViaHost,
  ).toBeUndefined();

  // and another one after the dry run: the confirmed patch is refused, planned again, asked again
  const subnet = { internalMasqueradeSubnet: '100.254.0.0/17' };
  await sandbox.api('PATCH', NETWORK, [{ op: 'add', path: `${GW}/ipv4`, value: subnet }]);
  await check.getByLabel('I understand that this changes the network of every node').check();
  await check.getByRole('button', { name: 'Enable routingViaHost' }).click();
  await expect(check.locator('[data-test="routing-via-host-changed"]')).toBeVisible();
  await expect(check.locator('[data-test="routing-via-host-dry-run"]')).toBeVisible();
  await check.getByLabel('I understand that this changes the network of every node').check();
  await check.getByRole('button', { name: 'Enable routingViaHost' }).click();
  await expect(check).toHaveAttribute('data-status', 'pass');
  const { body } = await sandbox.api<Network>('GET', NETWORK);
  expect(body.spec.defaultNetwork.type).toBe('OVNKubernetes');
  expect(body.spec.defaultNetwork.ovnKubernetesConfig.gatewayConfig).toEqual({
    routingViaHost: true,
    ipForwarding: 'Global',
    ipv4: subnet,
  });
});

test.describe('blocked', () => {
  test.use({ scenario: 'blocked' });
  test('Service Mesh 2.x blocks the install, with the reason', async ({ page }) => {
    await page.goto('/ambient-mesh/install');
    await expect(page.locator('[data-test="check-serviceMesh2"]')).toHaveAttribute(
      'data-status',
      'fail',
    );
    await expect(page.getByText(/Service Mesh 2.x is present/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next', exact: true })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(
      page.getByText('A blocking prerequisite failed (marked above); resolve it first.'),
    ).toBeVisible();
    await page.goto('/ambient-mesh');
    await expect(page.getByText('OpenShift Service Mesh 2.x is present')).toBeVisible();
  });
});

test.describe('ossm-3.2', () => {
  test.use({ scenario: 'ossm-3.2' });
  test('creates ZTunnel v1, without a profile', async ({ page, sandbox }) => {
    await page.goto('/ambient-mesh/install');
    await toReview(page);
    await expect(page.locator('#install-yaml-code')).toContainText(
      'apiVersion: sailoperator.io/v1\nkind: ZTunnel',
    );
    await install(page);
    const [zt] = await list(sandbox, `${SAIL}/v1/ztunnels`);
    expect(zt.apiVersion).toBe('sailoperator.io/v1');
    expect(zt.spec?.profile).toBeUndefined();
    expect(ready(zt)).toBe(true);
    const [istio] = await list(sandbox, `${SAIL}/v1/istios`);
    expect(istio.spec?.version).toBe('v1.27.9');
  });
});

test('fresh: an API error midway, then Retry, completes with no duplicate', async ({
  page,
  sandbox,
}) => {
  await page.goto('/ambient-mesh/install');
  await toReview(page);
  await sandbox.api('POST', '/sandbox/faults', {
    method: 'POST',
    path: '/apis/sailoperator\\.io/v1/istiocnis$',
    status: 500,
    message: 'injected failure',
    times: 1,
  });
  await page.getByRole('button', { name: 'Install', exact: true }).click();
  await expect(page.getByRole('heading', { name: /IstioCNI\/default failed/ })).toBeVisible({
    timeout: 30000,
  });
  await expect(page.getByText('injected failure').first()).toBeVisible();
  await expect(page.locator('[data-test="progress-Istio/default"]')).toHaveAttribute(
    'data-phase',
    'done',
  );
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('Ambient mode is installed')).toBeVisible({ timeout: 45000 });
  expect(await list(sandbox, `${SAIL}/v1/istios`)).toHaveLength(1);
  expect(await list(sandbox, `${SAIL}/v1/istiocnis`)).toHaveLength(1);
  expect(await list(sandbox, `${SAIL}/v1alpha1/ztunnels`)).toHaveLength(1);
});

test('developer cannot apply, but can review and download', async ({ page }) => {
  await loginAs(page, 'developer');
  await page.goto('/ambient-mesh/install');
  await expect(page.getByRole('heading', { level: 1, name: 'Install ambient mode' })).toBeVisible();
  await expect(page.locator('[data-test="check-operator"]')).toBeVisible();
  await expect(page.locator('[data-status="loading"]')).toHaveCount(0);
  for (const label of ['Istio version', 'Trusted ztunnel namespace', 'The whole cluster']) {
    await next(page);
    await expect(page.getByLabel(label)).toBeVisible();
  }
  await next(page);
  await expect(page.getByText('You may not install ambient mode')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Install', exact: true })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download ambient-install.yaml' }).click();
  expect((await download).suggestedFilename()).toBe('ambient-install.yaml');
});

test.describe('ambient', () => {
  test.use({ scenario: 'ambient' });
  test('an existing install is adopted and updated, never created twice', async ({
    page,
    sandbox,
  }) => {
    await page.goto('/ambient-mesh/install');
    const existing = page.locator('[data-test="check-existing"]');
    await expect(existing).toHaveAttribute('data-status', 'warn');
    await expect(existing).toContainText('adopts and updates them');
    await next(page);
    await expect(page.getByLabel('Istio name')).toHaveAttribute('readonly', '');
    await next(page);
    await next(page);
    await page.getByLabel('Only labelled namespaces').check();
    await next(page);
    await expect(page.getByText(/accepted every write in a dry run/)).toBeVisible();
    await sandbox.api('DELETE', '/sandbox/requests');
    await install(page);
    await expect(page.locator('[data-test="progress-Istio/default"]')).toContainText('updated');
    await expect(page.locator('[data-test="progress-IstioCNI/default"]')).toContainText(
      'already as chosen',
    );
    const istios = await list(sandbox, `${SAIL}/v1/istios`);
    expect(istios).toHaveLength(1);
    expect(istios[0].spec?.values?.meshConfig).toEqual({
      discoverySelectors: [{ matchLabels: { 'istio-discovery': 'enabled' } }],
    });
    expect(await list(sandbox, `${SAIL}/v1/istiocnis`)).toHaveLength(1);
    const { body } = await sandbox.api<{ items: Logged[] }>('GET', '/sandbox/requests');
    expect(
      body.items.filter((r) => r.method === 'POST' && /sailoperator/.test(r.path)),
    ).toHaveLength(0);
  });
});
