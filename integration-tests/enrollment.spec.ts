import type { Page } from '@playwright/test';
import { expect, loginAs, test, type Sandbox } from './support/fixtures';

test.use({ scenario: 'ambient' });

type Meta = {
  name: string;
  uid?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
};
type Obj = { metadata: Meta };
type RequestRecord = { method: string; path: string; watch: boolean; status: number; user: string };

const MODE = 'istio.io/dataplane-mode';
const REDIRECTION = 'ambient.istio.io/redirection';

const getNs = async (sandbox: Sandbox, name: string): Promise<Obj> =>
  (await sandbox.api<Obj>('GET', `/api/v1/namespaces/${name}`)).body;
const getPods = async (sandbox: Sandbox, ns: string): Promise<Obj[]> =>
  (await sandbox.api<{ items: Obj[] }>('GET', `/api/v1/namespaces/${ns}/pods`)).body.items;
/** Requests that change something (not reads, watches or access reviews), since the last reset. */
const writes = async (sandbox: Sandbox): Promise<RequestRecord[]> =>
  (await sandbox.api<{ items: RequestRecord[] }>('GET', '/sandbox/requests')).body.items.filter(
    (r) => r.method !== 'GET' && !r.watch && !r.path.includes('selfsubjectaccessreviews'),
  );
const labelNs = (sandbox: Sandbox, name: string, ops: unknown[]) =>
  sandbox.api('PATCH', `/api/v1/namespaces/${name}`, ops);

const nsRow = (page: Page, name: string) => page.locator(`[data-test="ns-row-${name}"]`);
/** Clicks a namespace's toggle where a user clicks it: on the switch itself. */
const clickSwitch = (page: Page, name: string) =>
  page.locator(`label[for="ambient-switch-${name}"]`).click();

const openNamespaces = async (page: Page, filter: string) => {
  await page.goto('/ambient-mesh/namespaces');
  await page.getByPlaceholder('Filter by name').fill(filter);
};

test('enrolling bookinfo writes one patch of one label, keeps a label added meanwhile, and captures pods without a restart', async ({
  page,
  sandbox,
  consoleErrors,
}) => {
  await labelNs(sandbox, 'bookinfo', [
    { op: 'remove', path: '/metadata/labels/istio.io~1dataplane-mode' },
  ]);
  await sandbox.settle();
  const podsBefore = await getPods(sandbox, 'bookinfo');
  expect(podsBefore.every((p) => p.metadata.annotations?.[REDIRECTION] === undefined)).toBe(true);

  await openNamespaces(page, 'bookinfo');
  const toggle = nsRow(page, 'bookinfo').getByRole('switch');
  await expect(toggle).toBeEnabled();
  await expect(toggle).not.toBeChecked();
  await expect(nsRow(page, 'bookinfo').locator('[data-test="captured"]')).toHaveText('0 of 6');

  // someone else labels the namespace a moment before the click
  await labelNs(sandbox, 'bookinfo', [
    { op: 'add', path: '/metadata/labels/team', value: 'payments' },
  ]);
  const before = await getNs(sandbox, 'bookinfo');
  await sandbox.api('DELETE', '/sandbox/requests');
  await clickSwitch(page, 'bookinfo');
  await expect(toggle).toBeChecked();

  await expect
    .poll(async () => (await getNs(sandbox, 'bookinfo')).metadata.labels?.[MODE])
    .toBe('ambient');
  const after = await getNs(sandbox, 'bookinfo');
  expect(after.metadata.labels).toEqual({ ...before.metadata.labels, [MODE]: 'ambient' });
  expect(after.metadata.labels?.team).toBe('payments');
  expect(after.metadata.annotations).toEqual(before.metadata.annotations);
  const w = (await writes(sandbox)).map((r) => `${r.method} ${r.path} ${r.status}`);
  // when the click beat the watch to the `team` label, the guarded patch was refused (422, nothing
  // written), the namespace read again and the patch sent once more
  expect(w.filter((r) => !r.endsWith(' 422'))).toEqual(['PATCH /api/v1/namespaces/bookinfo 200']);
  expect(w.length).toBeLessThanOrEqual(2);

  await sandbox.settle();
  const podsAfter = await getPods(sandbox, 'bookinfo');
  expect(podsAfter.map((p) => p.metadata.uid).sort()).toEqual(
    podsBefore.map((p) => p.metadata.uid).sort(),
  );
  expect(podsAfter.every((p) => p.metadata.annotations?.[REDIRECTION] === 'enabled')).toBe(true);
  await expect(nsRow(page, 'bookinfo').locator('[data-test="captured"]')).toHaveText('6 of 6');
  await expect(nsRow(page, 'bookinfo').locator('[data-test="data-plane"]')).toHaveText('Ambient');
  // the browser logs a refused guard as a failed resource load: that one, and only then
  const refused = w.some((r) => r.endsWith(' 422'));
  expect(consoleErrors.filter((e) => !(refused && e.includes('status of 422')))).toEqual([]);
});

test('a failed write rolls the toggle back and shows the error', async ({ page, sandbox }) => {
  await openNamespaces(page, 'bookinfo');
  const toggle = nsRow(page, 'bookinfo').getByRole('switch');
  await expect(toggle).toBeChecked();
  await sandbox.api('POST', '/sandbox/faults', {
    method: 'PATCH',
    path: '^/api/v1/namespaces/bookinfo$',
    status: 500,
    message: 'etcd is having a bad day',
  });
  await clickSwitch(page, 'bookinfo');
  await page.getByRole('dialog').getByRole('button', { name: 'Remove from ambient mesh' }).click();
  await expect(page.getByText('etcd is having a bad day')).toBeVisible();
  await expect(toggle).toBeChecked();
  expect((await getNs(sandbox, 'bookinfo')).metadata.labels?.[MODE]).toBe('ambient');
});

test('the tab shows each pod, and a pod excluded by its own label stays out', async ({
  page,
  sandbox,
}) => {
  await page.goto('/k8s/cluster/namespaces/bookinfo/ambient-mesh');
  await expect(page.getByText('No restart is needed', { exact: false }).first()).toBeVisible();
  const pods = await getPods(sandbox, 'bookinfo');
  const ratings = pods.find((p) => p.metadata.name.startsWith('ratings'))?.metadata.name ?? '';
  const row = page.locator(`[data-test="pod-row-${ratings}"]`);
  await expect(row.locator('[data-test="pod-state"]')).toHaveText('Enrolled');
  await expect(row.locator('[data-test="pod-redirection"]')).toHaveText(/Captured/);

  await sandbox.api('DELETE', '/sandbox/requests');
  await row.getByLabel(`Data plane label of ${ratings}`).selectOption('none');
  await expect(row.locator('[data-test="pod-state"]')).toHaveText('Excluded by its label');
  await sandbox.settle();
  await expect(row.locator('[data-test="pod-redirection"]')).toHaveText(/Not captured/);
  const pod = (await getPods(sandbox, 'bookinfo')).find((p) => p.metadata.name === ratings);
  expect(pod?.metadata.labels?.[MODE]).toBe('none');
  expect(pod?.metadata.annotations?.[REDIRECTION]).toBeUndefined();
  expect(pod?.metadata.uid).toBe(pods.find((p) => p.metadata.name === ratings)?.metadata.uid);
  expect((await writes(sandbox)).map((r) => `${r.method} ${r.path}`)).toEqual([
    `PATCH /api/v1/namespaces/bookinfo/pods/${ratings}`,
  ]);
  // the rest of the namespace stays captured
  const others = (await getPods(sandbox, 'bookinfo')).filter((p) => p.metadata.name !== ratings);
  expect(others.every((p) => p.metadata.annotations?.[REDIRECTION] === 'enabled')).toBe(true);
  await expect(page.locator('[data-test="pod-mismatch"]')).toHaveCount(0);
});

test('a waypoint is added, used by the namespace and a service, and removed', async ({
  page,
  sandbox,
}) => {
  await page.goto('/k8s/cluster/namespaces/bookinfo/ambient-mesh');
  await page.getByRole('button', { name: 'Add waypoint' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('textbox', { name: /^Name/ })).toHaveValue('waypoint');
  await dialog.getByLabel('Traffic type').selectOption('all');
  await dialog.getByLabel(/Use it for the whole namespace/).check();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toHaveCount(0);

  const wp = page.locator('[data-test="waypoint-row-waypoint"]');
  await expect(wp.locator('[data-test="programmed"]')).toHaveText('True');
  await expect(wp.locator('[data-test="accepted"]')).toHaveText('True');
  await expect(wp.locator('[data-test="address"]')).not.toHaveText('None yet');
  const gw = await sandbox.api<{
    metadata: Meta;
    spec: { gatewayClassName: string; listeners: unknown[] };
  }>('GET', '/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways/waypoint');
  expect(gw.body.spec).toEqual({
    gatewayClassName: 'istio-waypoint',
    listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
  });
  expect(gw.body.metadata.labels?.['istio.io/waypoint-for']).toBe('all');
  expect((await getNs(sandbox, 'bookinfo')).metadata.labels?.['istio.io/use-waypoint']).toBe(
    'waypoint',
  );
  const reviews = page.locator('[data-test="service-row-reviews"]');
  await expect(reviews.locator('[data-test="service-waypoint"]')).toHaveText(
    'waypoint (ready, from namespace)',
  );

  await reviews.getByLabel('Waypoint of service reviews').selectOption('waypoint');
  await expect(reviews.locator('[data-test="service-waypoint"]')).toHaveText(
    'waypoint (ready, from service)',
  );
  const svc = await sandbox.api<Obj>('GET', '/api/v1/namespaces/bookinfo/services/reviews');
  expect(svc.body.metadata.labels?.['istio.io/use-waypoint']).toBe('waypoint');

  await wp.getByRole('button', { name: 'Remove' }).click();
  const users = page.getByRole('dialog').locator('[data-test="waypoint-users"]');
  await expect(users).toContainText('Namespace bookinfo');
  await expect(users).toContainText('Service reviews');
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(wp).toHaveCount(0);
  const gone = await sandbox.api(
    'GET',
    '/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways/waypoint',
  );
  expect(gone.status).toBe(404);

  await page.getByLabel('Waypoint for the namespace').selectOption('');
  await expect
    .poll(async () => (await getNs(sandbox, 'bookinfo')).metadata.labels?.['istio.io/use-waypoint'])
    .toBeUndefined();
});

test('bulk: 20 namespaces enrolled together, one summary, one write each', async ({
  page,
  sandbox,
}) => {
  const names = Array.from({ length: 20 }, (_, i) => `team-${String(i + 1).padStart(2, '0')}`);
  for (const name of names) {
    const r = await sandbox.api('POST', '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name, labels: injectionLabels(name) },
    });
    expect(r.status).toBe(201);
  }
  await openNamespaces(page, 'team-');
  await expect(page.locator('[data-test^="ns-row-"]')).toHaveCount(20);
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await sandbox.api('DELETE', '/sandbox/requests');
  await page.getByRole('button', { name: 'Add selected to mesh' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('[data-test="bulk-summary"]')).toContainText(
    'Sidecar injection is on: 1 namespace',
  );
  await dialog.getByRole('button', { name: 'Add 20 namespaces' }).click();
  await expect(dialog.locator('[data-status="done"]')).toHaveCount(20);
  for (const name of names) {
    expect((await getNs(sandbox, name)).metadata.labels?.[MODE]).toBe('ambient');
  }
  const w = await writes(sandbox);
  expect(w).toHaveLength(20);
  expect(new Set(w.map((r) => r.path)).size).toBe(20);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(nsRow(page, 'team-07').getByRole('switch')).toBeChecked();
});

/** team-05 has sidecar injection on, to show up in the bulk summary. */
function injectionLabels(name: string): Record<string, string> {
  return name === 'team-05' ? { 'istio-injection': 'enabled' } : {};
}

/** As developer, may the user patch the bookinfo Namespace? (asked of the server, as the UI does) */
const developerMayPatchBookinfo = async (sandbox: Sandbox): Promise<boolean> => {
  const review = await sandbox.api<{ status: { allowed: boolean } }>(
    'POST',
    '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: {
        resourceAttributes: {
          group: '',
          resource: 'namespaces',
          verb: 'patch',
          name: 'bookinfo',
          namespace: 'bookinfo',
        },
      },
    },
    'developer',
  );
  return review.body.status.allowed;
};

test('developer: sees bookinfo only, through projects, and may enroll bookinfo and nothing else', async ({
  page,
  sandbox,
}) => {
  // The sandbox gives the developer, admin of bookinfo, get and patch on that one Namespace:
  // a project admin may not label its Namespace in OpenShift without such a grant.
  expect(await developerMayPatchBookinfo(sandbox)).toBe(true);

  await loginAs(page, 'developer');
  await page.goto('/ambient-mesh/namespaces');
  await expect(nsRow(page, 'bookinfo')).toBeVisible();
  await expect(page.locator('[data-test^="ns-row-"]')).toHaveCount(1);
  await expect(nsRow(page, 'bookinfo').getByRole('link', { name: 'bookinfo' })).toHaveAttribute(
    'href',
    '/k8s/cluster/projects/bookinfo/ambient-mesh',
  );
  const toggle = nsRow(page, 'bookinfo').getByRole('switch');
  await expect(toggle).toBeEnabled();
  await sandbox.api('DELETE', '/sandbox/requests');
  await clickSwitch(page, 'bookinfo');
  await page.getByRole('dialog').getByRole('button', { name: 'Remove from ambient mesh' }).click();
  await expect(toggle).not.toBeChecked();
  await expect
    .poll(async () => (await getNs(sandbox, 'bookinfo')).metadata.labels?.[MODE])
    .toBeUndefined();
  await clickSwitch(page, 'bookinfo');
  await expect
    .poll(async () => (await getNs(sandbox, 'bookinfo')).metadata.labels?.[MODE])
    .toBe('ambient');
  const w = await writes(sandbox);
  expect(w.map((r) => `${r.user} ${r.method} ${r.path} ${r.status}`)).toEqual([
    'developer PATCH /api/v1/namespaces/bookinfo 200',
    'developer PATCH /api/v1/namespaces/bookinfo 200',
  ]);

  // nothing else: the API refuses any other namespace
  const denied = await sandbox.api(
    'PATCH',
    '/api/v1/namespaces/default',
    [{ op: 'add', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' }],
    'developer',
  );
  expect(denied.status).toBe(403);
});

test('developer: the tab disables what the user may not do, with the reason', async ({
  page,
  sandbox,
}) => {
  await sandbox.api(
    'DELETE',
    '/apis/rbac.authorization.k8s.io/v1/namespaces/bookinfo/rolebindings/developer-admin',
  );
  await sandbox.api(
    'DELETE',
    '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/developer-namespace-labeler-bookinfo',
  );
  await sandbox.api('POST', '/apis/rbac.authorization.k8s.io/v1/namespaces/bookinfo/rolebindings', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'developer-view', namespace: 'bookinfo' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'developer' }],
  });
  await loginAs(page, 'developer');
  await page.goto('/k8s/cluster/projects/bookinfo/ambient-mesh');
  await expect(page.getByRole('switch', { name: 'Ambient mesh for bookinfo' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Add waypoint' })).toBeDisabled();
  await page.locator('[data-test="ambient-switch-disabled-bookinfo"]').hover();
  await expect(page.getByText('You may not change the labels of namespace bookinfo')).toBeVisible();
});

test('the Namespace action "Add to ambient mesh" shows the checks, offers the discovery label and enrolls', async ({
  page,
  sandbox,
}) => {
  // a mesh that sees only labelled namespaces, and a namespace it does not see
  await sandbox.api('PATCH', '/apis/sailoperator.io/v1/istios/default', {
    spec: {
      values: {
        meshConfig: { discoverySelectors: [{ matchLabels: { 'istio-discovery': 'enabled' } }] },
      },
    },
  });
  await sandbox.api('POST', '/api/v1/namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'shop', labels: { 'istio-injection': 'enabled' } },
  });
  await page.goto('/k8s/cluster/namespaces/shop');
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Add to ambient mesh' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Not seen by the mesh')).toBeVisible();
  await expect(dialog.getByText('Sidecar injection is on')).toBeVisible();
  await expect(dialog.getByText(/pods need a restart to drop their sidecars/)).toBeVisible();
  await expect(dialog.getByLabel(/Also add the label istio-discovery=enabled/)).toBeChecked();
  await dialog.getByLabel(/Migrate from sidecars/).check();
  await sandbox.api('DELETE', '/sandbox/requests');
  await dialog.getByRole('button', { name: 'Add to ambient mesh' }).click();
  await expect(dialog).toHaveCount(0);
  const labels = (await getNs(sandbox, 'shop')).metadata.labels ?? {};
  expect(labels[MODE]).toBe('ambient');
  expect(labels['istio-discovery']).toBe('enabled');
  expect(labels['istio-injection']).toBeUndefined();
  expect((await writes(sandbox)).map((r) => `${r.method} ${r.path}`)).toEqual([
    'PATCH /api/v1/namespaces/shop',
  ]);
});

test('on an installed cluster, the Namespaces page never says ambient mode is not installed while its lists load', async ({
  page,
  sandbox,
}) => {
  // the ZTunnel CRs (served as v1alpha1 only here) come last: the Istio CR is in before them
  const slow = { method: 'GET', path: '^/apis/sailoperator.io/v1alpha1/ztunnels$', ms: 1500 };
  expect((await sandbox.api('POST', '/sandbox/latency', slow)).status).toBe(201);
  // watched from the document's start: a warning shown for a few frames is caught too
  await page.addInitScript(() => {
    const w = window as unknown as { __saidNotInstalled?: boolean };
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('Ambient mode is not installed'))
        w.__saidNotInstalled = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('/ambient-mesh/namespaces');
  await expect(nsRow(page, 'bookinfo')).toBeVisible();
  // the ZTunnel CR is in: the namespace's pods are counted
  await expect(nsRow(page, 'bookinfo').locator('[data-test="captured"]')).toHaveText(/ of /);
  await page.waitForTimeout(500);
  expect(
    await page.evaluate(
      () => (window as unknown as { __saidNotInstalled?: boolean }).__saidNotInstalled ?? false,
    ),
  ).toBe(false);
});
