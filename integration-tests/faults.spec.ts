// Writes under faults: labels changed behind the UI's back, a lagging or dropped watch, a slow or
// failing API, a controller that reverts a label. Each test then compares every object it touched
// with what the user and the other writers asked for.
import type { Page } from '@playwright/test';
import { expect, test, type Sandbox } from './support/fixtures';

test.use({ scenario: 'ambient' });

type Obj = { metadata: { name: string; labels?: Record<string, string> } };
type RequestRecord = { method: string; path: string; watch: boolean; status: number };

const MODE = 'istio.io/dataplane-mode';
const NS_WATCHES = '^/api/v1/namespaces$|^/apis/project.openshift.io/v1/projects$';

const labelsOf = async (sandbox: Sandbox, name: string): Promise<Record<string, string>> =>
  (await sandbox.api<Obj>('GET', `/api/v1/namespaces/${name}`)).body.metadata.labels ?? {};
const setLabels = async (sandbox: Sandbox, name: string, labels: Record<string, string | null>) =>
  expect(
    (await sandbox.api('PATCH', `/api/v1/namespaces/${name}`, { metadata: { labels } })).status,
  ).toBe(200);
/** Writes since the last reset (not reads, watches or access reviews), as `METHOD path status`. */
const writes = async (sandbox: Sandbox): Promise<string[]> =>
  (await sandbox.api<{ items: RequestRecord[] }>('GET', '/sandbox/requests')).body.items
    .filter((r) => r.method !== 'GET' && !r.watch && !r.path.includes('accessreviews'))
    .map((r) => `${r.method} ${r.path} ${r.status}`);
const hook = async (sandbox: Sandbox, path: string, body: unknown) =>
  expect((await sandbox.api('POST', path, body)).status).toBeLessThan(300);

const nsRow = (page: Page, name: string) => page.locator(`[data-test="ns-row-${name}"]`);
const clickSwitch = (page: Page, name: string) =>
  page.locator(`label[for="ambient-switch-${name}"]`).click();
const openNamespaces = async (page: Page, filter: string) => {
  await page.goto('/ambient-mesh/namespaces');
  await page.getByPlaceholder('Filter by name').fill(filter);
};
/** bookinfo out of the mesh, the page open on it and in step with the server. */
const bookinfoOut = async (page: Page, sandbox: Sandbox) => {
  await setLabels(sandbox, 'bookinfo', { [MODE]: null });
  await sandbox.settle();
  await openNamespaces(page, 'bookinfo');
  await expect(nsRow(page, 'bookinfo').getByRole('switch')).toBeEnabled();
  await expect(nsRow(page, 'bookinfo').getByRole('switch')).not.toBeChecked();
};

test('a stale view never overwrites a label someone else set: the conflict is shown, old -> new', async ({
  page,
  sandbox,
}) => {
  await bookinfoOut(page, sandbox);
  // the page's namespace watch lags; meanwhile GitOps opts bookinfo out
  await hook(sandbox, '/sandbox/latency', { method: 'WATCH', path: NS_WATCHES, ms: 8000 });
  await setLabels(sandbox, 'bookinfo', { [MODE]: 'none' });
  await sandbox.api('DELETE', '/sandbox/requests');
  await clickSwitch(page, 'bookinfo');

  await expect(page.getByText('Could not update bookinfo')).toBeVisible();
  await expect(
    page.getByText(
      'istio.io/dataplane-mode was changed by someone else ((not set) -> none); it was not overwritten.',
    ),
  ).toBeVisible();
  await expect(nsRow(page, 'bookinfo').getByRole('switch')).not.toBeChecked();
  // what GitOps asked for holds; the only write was refused by its guard
  expect((await labelsOf(sandbox, 'bookinfo'))[MODE]).toBe('none');
  expect(await writes(sandbox)).toEqual(['PATCH /api/v1/namespaces/bookinfo 422']);
});

test('a controller that reverts the label wins: the switch follows the server, with a notice', async ({
  page,
  sandbox,
}) => {
  await bookinfoOut(page, sandbox);
  await hook(sandbox, '/sandbox/reverters', {
    resource: 'namespaces',
    name: 'bookinfo',
    label: MODE,
    value: null,
    delayMs: 300,
  });
  await clickSwitch(page, 'bookinfo');
  await expect(
    page.getByText(
      'The cluster set istio.io/dataplane-mode back to (not set) after it was written as ambient.',
    ),
  ).toBeVisible();
  await expect(nsRow(page, 'bookinfo').getByRole('switch')).not.toBeChecked();
  expect((await labelsOf(sandbox, 'bookinfo'))[MODE]).toBeUndefined();
});

test('on a slow API the switch is busy until its write returns, and a second click sends nothing', async ({
  page,
  sandbox,
}) => {
  await bookinfoOut(page, sandbox);
  await hook(sandbox, '/sandbox/latency', {
    method: 'PATCH',
    path: '^/api/v1/namespaces/bookinfo$',
    ms: 3000,
    times: 1,
  });
  await sandbox.api('DELETE', '/sandbox/requests');
  await clickSwitch(page, 'bookinfo');
  const toggle = nsRow(page, 'bookinfo').getByRole('switch');
  await expect(page.locator('[data-test="ambient-switch-busy-bookinfo"]')).toBeVisible();
  await expect(toggle).toBeDisabled();
  // a second click while busy (forced: a user does not wait for the control to be enabled)
  await page.locator('label[for="ambient-switch-bookinfo"]').click({ force: true });
  await expect(page.locator('[data-test="ambient-switch-busy-bookinfo"]')).toHaveCount(0);
  await expect(toggle).toBeEnabled();
  await expect(toggle).toBeChecked();
  expect((await labelsOf(sandbox, 'bookinfo'))[MODE]).toBe('ambient');
  expect(await writes(sandbox)).toEqual(['PATCH /api/v1/namespaces/bookinfo 200']);
});

test('after its watches drop the page lists again; a 409 on the next write is retried from a fresh read', async ({
  page,
  sandbox,
}) => {
  await bookinfoOut(page, sandbox);
  const dropped = await sandbox.api<{ dropped: number }>('POST', '/sandbox/watches/drop', {});
  expect(dropped.body.dropped).toBeGreaterThan(0);
  // changes made while the page re-lists reach it
  await setLabels(sandbox, 'bookinfo', { [MODE]: 'ambient' });
  await expect(nsRow(page, 'bookinfo').getByRole('switch')).toBeChecked();
  await setLabels(sandbox, 'bookinfo', { [MODE]: null, team: 'payments' });
  await expect(nsRow(page, 'bookinfo').getByRole('switch')).not.toBeChecked();

  await hook(sandbox, '/sandbox/faults', {
    method: 'PATCH',
    path: '^/api/v1/namespaces/bookinfo$',
    status: 409,
    times: 1,
  });
  await sandbox.api('DELETE', '/sandbox/requests');
  await clickSwitch(page, 'bookinfo');
  await expect.poll(async () => (await labelsOf(sandbox, 'bookinfo'))[MODE]).toBe('ambient');
  expect((await labelsOf(sandbox, 'bookinfo')).team).toBe('payments');
  expect(await writes(sandbox)).toEqual([
    'PATCH /api/v1/namespaces/bookinfo 409',
    'PATCH /api/v1/namespaces/bookinfo 200',
  ]);
  await expect(page.getByText('Could not update bookinfo')).toHaveCount(0);
});

const createTeams = async (sandbox: Sandbox, n: number): Promise<string[]> => {
  const names = Array.from({ length: n }, (_, i) => `team-${String(i + 1).padStart(2, '0')}`);
  for (const name of names) {
    const r = await sandbox.api('POST', '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name },
    });
    expect(r.status).toBe(201);
  }
  return names;
};
const startBulk = async (page: Page, n: number) => {
  await openNamespaces(page, 'team-');
  await expect(page.locator('[data-test^="ns-row-"]')).toHaveCount(n);
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await page.getByRole('button', { name: 'Add selected to mesh' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: `Add ${n} namespaces` }).click();
  return dialog;
};
const statusOf = async (page: Page, name: string) =>
  page.locator(`[data-test="bulk-result-${name}"]`).getAttribute('data-status');

test('bulk: a 5xx in the middle fails only those writes; "Retry failed" re-runs only them', async ({
  page,
  sandbox,
}) => {
  const names = await createTeams(sandbox, 8);
  await hook(sandbox, '/sandbox/faults', {
    method: 'PATCH',
    path: '^/api/v1/namespaces/team-',
    status: 503,
    after: 3,
    times: 2,
  });
  await sandbox.api('DELETE', '/sandbox/requests');
  const dialog = await startBulk(page, 8);
  await expect(dialog.locator('[data-status="done"]')).toHaveCount(6);
  await expect(dialog.locator('[data-status="failed"]')).toHaveCount(2);
  const failed: string[] = [];
  for (const name of names) {
    const labels = await labelsOf(sandbox, name);
    if ((await statusOf(page, name)) === 'failed') {
      failed.push(name);
      expect(labels[MODE]).toBeUndefined();
    } else expect(labels[MODE]).toBe('ambient');
  }
  expect(failed).toHaveLength(2);
  await sandbox.api('DELETE', '/sandbox/requests');
  await dialog.getByRole('button', { name: 'Retry failed (2)' }).click();
  await expect(dialog.locator('[data-status="done"]')).toHaveCount(8);
  expect((await writes(sandbox)).sort()).toEqual(
    failed.map((n) => `PATCH /api/v1/namespaces/${n} 200`).sort(),
  );
  for (const name of names) expect((await labelsOf(sandbox, name))[MODE]).toBe('ambient');
});

test('bulk: Cancel stops further writes and reports exactly what was written', async ({
  page,
  sandbox,
}) => {
  const names = await createTeams(sandbox, 8);
  await hook(sandbox, '/sandbox/latency', {
    method: 'PATCH',
    path: '^/api/v1/namespaces/team-',
    ms: 2500,
  });
  const dialog = await startBulk(page, 8);
  await expect(dialog.locator('[data-status="running"]')).toHaveCount(4);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.locator('[data-test="bulk-cancelled"]')).toContainText(
    'Cancelled: 4 written, 0 failed, 4 not written',
  );
  for (const name of names) {
    const written = (await statusOf(page, name)) === 'done';
    expect((await labelsOf(sandbox, name))[MODE]).toBe(written ? 'ambient' : undefined);
  }
  await sandbox.api('DELETE', '/sandbox/latency');
});

test('a waypoint whose namespace label fails says so, and trying again writes only the label', async ({
  page,
  sandbox,
}) => {
  // bookinfo pointed at a waypoint in another namespace: choosing a local one must clear that
  await setLabels(sandbox, 'bookinfo', {
    'istio.io/use-waypoint': 'shared',
    'istio.io/use-waypoint-namespace': 'infra',
  });
  await page.goto('/k8s/cluster/namespaces/bookinfo/ambient-mesh');
  await hook(sandbox, '/sandbox/faults', {
    method: 'PATCH',
    path: '^/api/v1/namespaces/bookinfo$',
    status: 500,
    times: 1,
  });
  await sandbox.api('DELETE', '/sandbox/requests');
  await page.getByRole('button', { name: 'Add waypoint' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Use it for the whole namespace/).check();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.locator('[data-test="waypoint-partial"]')).toContainText(
    'Waypoint waypoint was created, but namespace bookinfo was not labelled to use it',
  );
  const gw = '/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways/waypoint';
  expect((await sandbox.api('GET', gw)).status).toBe(200);
  expect((await labelsOf(sandbox, 'bookinfo'))['istio.io/use-waypoint']).toBe('shared');

  await dialog.getByRole('button', { name: 'Try again' }).click();
  await expect(dialog).toHaveCount(0);
  const labels = await labelsOf(sandbox, 'bookinfo');
  expect(labels['istio.io/use-waypoint']).toBe('waypoint');
  expect(labels['istio.io/use-waypoint-namespace']).toBeUndefined();
  expect(await writes(sandbox)).toEqual([
    'POST /apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways 201',
    'PATCH /api/v1/namespaces/bookinfo 500',
    'PATCH /api/v1/namespaces/bookinfo 200',
  ]);
});
