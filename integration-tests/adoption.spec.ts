import { expect, test } from './support/fixtures';
import { CRS, changedFields, next, ready, snapshot, type Obj } from './support/adoption';

test.use({ scenario: 'ambient' });

const A = { matchLabels: { team: 'a' } };
const B = { matchLabels: { team: 'b' } };
const MINE = { matchLabels: { 'istio-discovery': 'enabled' } };

test.describe('slow controllers', () => {
  // Each reconcile takes a while, so that a step waits visibly for Ready of its new generation.
  test.use({ clusterDelayMs: 1500 });
  test('changes made behind the open wizard are kept; one made after the review is shown before writing', async ({
    page,
    sandbox,
  }) => {
    test.setTimeout(240000);
    // Another writer: a discovery selector and an env setting, before the wizard opens.
    await sandbox.api('PATCH', CRS.istio, {
      spec: { values: { meshConfig: { discoverySelectors: [A] }, pilot: { env: { OTHER: '1' } } } },
    });
    await sandbox.settle();
    await page.goto('/ambient-mesh/install');
    await expect(page.locator('[data-status="loading"]')).toHaveCount(0);
    await next(page);
    await expect(page.getByLabel('Istio version')).toHaveValue('v1.26.8');
    await next(page);
    await page.getByLabel(/Reconcile iptables rules/).uncheck();
    await next(page);
    await expect(page.getByLabel('Only labelled namespaces')).toBeChecked();
    await expect(page.getByLabel('Discovery label')).toHaveValue('team=a');
    await page.getByLabel('Discovery label').fill('istio-discovery=enabled');
    // Behind the wizard's back, while it is open: a second selector.
    await sandbox.api('PATCH', CRS.istio, [
      { op: 'add', path: '/spec/values/meshConfig/discoverySelectors/-', value: B },
    ]);
    await next(page);
    await expect(page.getByText(/accepted every write in a dry run/)).toBeVisible();
    // The review shows the fields that change on the existing objects, from the dry run.
    const istioRow = page
      .locator('[data-test="changes-Istio/default"]')
      .locator('[data-test="change-spec.values.meshConfig.discoverySelectors"]');
    await expect(istioRow).toContainText('"team":"b"');
    await expect(istioRow).toContainText('"istio-discovery":"enabled"');
    await expect(
      page.locator('[data-test="change-spec.values.cni.ambient.reconcileIptablesOnStartup"]'),
    ).toContainText('false');
    await expect(page.locator('[data-test="existing-ZTunnel/default"]')).toContainText(
      'nothing changes',
    );
    const before = await snapshot(sandbox);

    // The Istio write fails once; meanwhile someone changes the IstioCNI that was reviewed.
    await sandbox.api('POST', '/sandbox/faults', {
      method: 'PATCH',
      path: '/apis/sailoperator\\.io/v1/istios/default$',
      status: 500,
      message: 'injected failure',
    });
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await expect(page.getByRole('heading', { name: /Istio\/default failed/ })).toBeVisible();
    await sandbox.api('PATCH', CRS.cni, {
      spec: { values: { cni: { cniConfDir: '/etc/cni/x' } } },
    });
    await page.getByRole('button', { name: 'Retry' }).click();
    // The watch still shows the Istio Ready for its old generation: the step waits for the new one.
    await expect(page.locator('[data-test="progress-Istio/default"]')).toHaveAttribute(
      'data-phase',
      'waiting',
    );
    // Locked while applying: no step can be opened, nothing edited mid-write.
    await expect(page.getByRole('button', { name: 'Scope' })).toBeDisabled();
    await expect(page.getByRole('heading', { name: /IstioCNI\/default failed/ })).toBeVisible({
      timeout: 30000,
    });
    const meanwhile = page.getByRole('grid', { name: 'Changed meanwhile on IstioCNI/default' });
    await expect(meanwhile).toContainText('spec.values.cni.cniConfDir');
    await expect(meanwhile).toContainText('/etc/cni/x');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByText('Ambient mode is installed')).toBeVisible({ timeout: 45000 });

    // Every object compared with what the person asked for, field by field.
    const after = await snapshot(sandbox);
    const istio = after.istio;
    expect((istio.spec?.values as Record<string, Record<string, unknown>>).meshConfig).toEqual({
      discoverySelectors: [A, B, MINE],
    });
    expect((istio.spec?.values as Record<string, Record<string, unknown>>).pilot.env).toEqual({
      OTHER: '1',
    });
    expect(after.cni.spec?.values).toMatchObject({
      cni: { cniConfDir: '/etc/cni/x', ambient: { reconcileIptablesOnStartup: false } },
    });
    const unasked = changedFields(before, after).filter(
      (f) =>
        f !== 'istio spec.values.meshConfig.discoverySelectors' &&
        f !== 'cni spec.values.cni.ambient.reconcileIptablesOnStartup' &&
        f !== 'cni spec.values.cni.cniConfDir' &&
        !/^Namespace\/(istio-system|istio-cni|ztunnel) metadata\.labels\.istio-discovery$/.test(f),
    );
    expect(unasked).toEqual([]);
    // "Installed" only once each CR reports Ready for the generation written.
    expect([after.istio, after.cni, after.ztunnel].every((o) => ready(o as Obj))).toBe(true);
  });
});

test('the wizard refuses to adopt what it could not read, and Retry reads again', async ({
  page,
  sandbox,
}) => {
  await sandbox.api('POST', '/sandbox/faults', {
    method: 'GET',
    path: '/apis/sailoperator\\.io/v1/istios$',
    status: 500,
    message: 'etcd unavailable',
    times: 1000,
  });
  await page.goto('/ambient-mesh/install');
  await expect(
    page.getByText('Could not read the existing Istio, IstioCNI and ZTunnel resources'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toHaveCount(0);
  // Retry reads again (still failing: still refused).
  await sandbox.api('DELETE', '/sandbox/requests');
  await page.getByRole('button', { name: 'Retry' }).click();
  const istioLists = async () =>
    (
      await sandbox.api<{ items: { method: string; path: string; watch: boolean }[] }>(
        'GET',
        '/sandbox/requests',
      )
    ).body.items.filter((r) => r.method === 'GET' && /\/istios$/.test(r.path)).length;
  await expect.poll(istioLists).toBeGreaterThan(0);
  await expect(page.getByText('Could not read the existing Istio')).toBeVisible();
  // Once the list answers, the wizard starts from the live objects (by Retry or the re-list).
  await sandbox.api('DELETE', '/sandbox/faults');
  await page
    .getByRole('button', { name: 'Retry' })
    .click({ timeout: 5000 })
    .catch(() => undefined);
  await expect(page.locator('[data-status="loading"]')).toHaveCount(0);
  await next(page);
  await expect(page.getByLabel('Istio name')).toHaveAttribute('readonly', '');
});

test('"Whole cluster" on an install with discovery selectors says it removes them, and does only that', async ({
  page,
  sandbox,
}) => {
  await sandbox.api('PATCH', CRS.istio, {
    spec: { values: { meshConfig: { discoverySelectors: [A, B], accessLogFile: '/dev/stdout' } } },
  });
  await sandbox.settle();
  const before = await snapshot(sandbox);
  await page.goto('/ambient-mesh/install');
  await expect(page.locator('[data-status="loading"]')).toHaveCount(0);
  await next(page);
  await next(page);
  await next(page);
  await page.getByLabel('The whole cluster').check();
  await expect(page.locator('[data-test="selectors-removed"]')).toContainText('"team":"b"');
  await next(page);
  await expect(page.getByText(/accepted every write in a dry run/)).toBeVisible();
  await expect(
    page.locator('[data-test="change-spec.values.meshConfig.discoverySelectors"]'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Install', exact: true }).click();
  await expect(page.getByText('Ambient mode is installed')).toBeVisible({ timeout: 45000 });
  const after = await snapshot(sandbox);
  expect(after.istio.spec?.values).toMatchObject({ meshConfig: { accessLogFile: '/dev/stdout' } });
  expect(changedFields(before, after)).toEqual(['istio spec.values.meshConfig.discoverySelectors']);
});

test('a conflict on the adoption patch reads again, recomputes and writes once more', async ({
  page,
  sandbox,
}) => {
  await page.goto('/ambient-mesh/install');
  await expect(page.locator('[data-status="loading"]')).toHaveCount(0);
  await next(page);
  await next(page);
  await next(page);
  await page.getByLabel('Only labelled namespaces').check();
  await next(page);
  await expect(page.getByText(/accepted every write in a dry run/)).toBeVisible();
  await sandbox.api('POST', '/sandbox/faults', {
    method: 'PATCH',
    path: '/apis/sailoperator\\.io/v1/istios/default$',
    status: 409,
    message: 'the object has been modified; please apply your changes to the latest version',
  });
  await sandbox.api('DELETE', '/sandbox/requests');
  await page.getByRole('button', { name: 'Install', exact: true }).click();
  await expect(page.getByText('Ambient mode is installed')).toBeVisible({ timeout: 45000 });
  const { body } = await sandbox.api<{ items: { method: string; path: string; query: string }[] }>(
    'GET',
    '/sandbox/requests',
  );
  const onIstio = body.items.filter(
    (r) => /\/istios\/default$/.test(r.path) && !/dryRun/.test(r.query),
  );
  expect(onIstio.filter((r) => r.method === 'PATCH')).toHaveLength(2);
  expect(onIstio.filter((r) => r.method === 'GET')).toHaveLength(2);
  const istio = (await sandbox.api<Obj>('GET', CRS.istio)).body;
  expect(istio.spec?.values).toMatchObject({ meshConfig: { discoverySelectors: [MINE] } });
});
