import { expect, loginAs, test } from './support/fixtures';
import type { Locator, Page } from '@playwright/test';

type PodList = {
  items: {
    metadata: { name: string; labels?: Record<string, string> };
    spec: { nodeName: string };
  }[];
};

test.use({ scenario: 'ambient' });

const row = (page: Page, ns: string, name: string) =>
  page.locator(`[data-test="workload-${ns}-${name}"]`);

/** The tag name of the SVG element a graph node's shadow refers to, or null without one. */
const shadowOf = (node: Locator) =>
  node.locator('ellipse').evaluate((e) => {
    const id = /url\("?#([^")]+)"?\)/.exec(e.getAttribute('filter') ?? '')?.[1];
    return id ? (document.getElementById(id)?.tagName ?? null) : null;
  });

const bookinfoPods = async (api: (m: string, p: string) => Promise<{ body: unknown }>) =>
  ((await api('GET', '/api/v1/namespaces/bookinfo/pods')).body as PodList).items?.filter(
    (p) => !p.metadata.labels?.['gateway.networking.k8s.io/gateway-name'],
  );

test('bookinfo: six pods captured over HBONE, each on its node', async ({
  page,
  sandbox,
  consoleErrors,
}) => {
  const pods = await bookinfoPods(sandbox.api);
  expect(pods).toHaveLength(6);
  await page.goto('/ambient-mesh/topology?namespace=bookinfo');
  await expect(page.getByRole('heading', { level: 1, name: 'Topology' })).toBeVisible();
  await expect(
    page
      .getByRole('grid', { name: 'Workloads' })
      .or(page.getByRole('table', { name: 'Workloads' })),
  ).toBeVisible();
  for (const p of pods) {
    const r = row(page, 'bookinfo', p.metadata.name);
    await expect(r).toBeVisible();
    await expect(r).toContainText('HBONE');
    await expect(r).toContainText(p.spec.nodeName);
  }
  await expect(page.getByText('6 of 6 pods', { exact: true })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a waypoint shows in the WAYPOINT column and in the graph, live', async ({
  page,
  sandbox,
}) => {
  await page.goto('/ambient-mesh/topology?namespace=bookinfo');
  const [first] = await bookinfoPods(sandbox.api);
  await expect(row(page, 'bookinfo', first.metadata.name)).toContainText('HBONE');

  // As `istioctl waypoint apply -n bookinfo --enroll-namespace` does.
  const gw = await sandbox.api(
    'POST',
    '/apis/gateway.networking.k8s.io/v1/namespaces/bookinfo/gateways',
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'waypoint', namespace: 'bookinfo' },
      spec: {
        gatewayClassName: 'istio-waypoint',
        listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
      },
    },
  );
  expect(gw.status).toBe(201);
  const label = await sandbox.api('PATCH', '/api/v1/namespaces/bookinfo', {
    metadata: { labels: { 'istio.io/use-waypoint': 'waypoint' } },
  });
  expect(label.status).toBe(200);
  await sandbox.settle();

  const cell = row(page, 'bookinfo', first.metadata.name).locator('td[data-label="Waypoint"]');
  await expect(cell).toContainText('Services: waypoint');
  // The waypoint's own pod is listed too, not captured (TCP), as istioctl shows it.
  const wpRow = page.locator('[data-test^="workload-bookinfo-waypoint-"]').first();
  await expect(wpRow).toContainText('TCP');

  // The nodes are drawn already fitted to the surface: the view does not move once shown.
  // (The surface's transform is recorded as the first node enters the page.)
  await page.evaluate(() => {
    const w = window as unknown as { firstView?: string | null };
    const seen = new MutationObserver(() => {
      if (!document.querySelector('[data-test^="graph-node-"]')) return;
      w.firstView = document.querySelector('[data-surface="true"]')?.getAttribute('transform');
      seen.disconnect();
    });
    seen.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('tab', { name: 'Graph' }).click();
  await expect(page.locator('[data-test="graph-node-waypoint:bookinfo/waypoint"]')).toBeVisible();
  await page.waitForTimeout(300);
  const firstView = await page.evaluate(
    () => (window as unknown as { firstView?: string | null }).firstView,
  );
  expect(firstView).not.toBe('translate(0, 0) scale(1)');
  expect(firstView).toBe(await page.locator('[data-surface="true"]').getAttribute('transform'));
  await expect(page.locator('[data-test="graph-node-namespace:bookinfo"]')).toBeVisible();
  // hovered, a node is lifted by a shadow the graph defines; selected, it is marked
  const waypointNode = page.locator('[data-test="graph-node-waypoint:bookinfo/waypoint"]');
  await waypointNode.hover();
  await expect(waypointNode).toHaveClass(/pf-m-hover/);
  await expect.poll(() => shadowOf(waypointNode)).toBe('filter');
  await waypointNode.click();
  await expect(waypointNode).toHaveClass(/pf-m-selected/);
  await expect(page.getByRole('link', { name: 'waypoint' }).first()).toBeVisible();
  await expect(page.getByText('Used by namespaces')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('graph.png') });
});

test('a pod excluded by its own label shows TCP, live', async ({ page, sandbox }) => {
  await page.goto('/ambient-mesh/topology');
  const ratings = (await bookinfoPods(sandbox.api)).find(
    (p) => p.metadata.labels?.app === 'ratings',
  );
  expect(ratings).toBeDefined();
  const name = ratings?.metadata.name ?? '';
  await expect(row(page, 'bookinfo', name)).toContainText('HBONE');
  const res = await sandbox.api('PATCH', `/api/v1/namespaces/bookinfo/pods/${name}`, {
    metadata: { labels: { 'istio.io/dataplane-mode': 'none' } },
  });
  expect(res.status).toBe(200);
  await sandbox.settle();
  await expect(row(page, 'bookinfo', name)).toContainText('TCP');
  await expect(row(page, 'bookinfo', name)).toContainText('Opted out (pod label)');
});

test('a node whose ztunnel is not ready is flagged, in the table and the graph', async ({
  page,
  sandbox,
}) => {
  const [victim] = await bookinfoPods(sandbox.api);
  const nodeName = victim.spec.nodeName;
  await page.goto('/ambient-mesh/topology?namespace=bookinfo');
  await expect(row(page, 'bookinfo', victim.metadata.name)).toContainText('HBONE');
  const res = await fetch(`${sandbox.apiURL}/sandbox/nodes/${nodeName}/ztunnel-ready`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ready: false }),
  });
  expect(res.status).toBe(200);
  await sandbox.settle();
  const r = row(page, 'bookinfo', victim.metadata.name);
  await expect(r).toContainText('ztunnel not ready');
  await expect(r).toContainText('On a node without a ready ztunnel');

  await page.getByLabel('Problems only').check({ force: true });
  await expect(r).toBeVisible();

  await page.getByRole('tab', { name: 'Graph' }).click();
  const ztunnelNode = page.locator(`[data-test="graph-node-ztunnel:${nodeName}"]`);
  await expect(ztunnelNode).toHaveAttribute('data-status', 'danger');
  // drawn in the danger colour, with the glow, hovered or not
  await expect(ztunnelNode.locator('ellipse')).toHaveClass(/pf-m-danger/);
  expect(await shadowOf(ztunnelNode)).toBe('filter');
});

test('the CSV export holds the visible rows', async ({ page }) => {
  await page.goto('/ambient-mesh/topology?namespace=bookinfo');
  await expect(page.getByText('6 of 6 pods', { exact: true })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const path = await download.path();
  const fs = await import('fs');
  const lines = fs.readFileSync(path, 'utf8').trim().split('\r\n');
  expect(lines[0]).toContain('NAMESPACE,POD NAME,ADDRESS,NODE,WAYPOINT');
  expect(lines).toHaveLength(7);
  expect(lines.slice(1).every((l) => l.startsWith('bookinfo,') && l.includes(',HBONE,'))).toBe(
    true,
  );
});

test('as developer, the topology of bookinfo still shows its pods', async ({ page }) => {
  await loginAs(page, 'developer');
  await page.goto('/ambient-mesh/topology?namespace=bookinfo');
  await expect(page.getByText('6 of 6 pods', { exact: true })).toBeVisible();
  await expect(page.locator('[data-test^="workload-bookinfo-productpage"]')).toContainText('HBONE');
});

test('every pod is watched by the page itself, from its list, and a dropped watch picks up again', async ({
  page,
  sandbox,
}) => {
  // the plugin's own watches ask for bookmarks, the console's do not
  const own: string[] = [];
  page.on('websocket', (ws) => {
    if (/\/api\/kubernetes\/api\/v1\/pods\?.*allowWatchBookmarks=true/.test(ws.url()))
      own.push(ws.url());
  });
  await page.goto('/ambient-mesh/topology');
  const ratings = (await bookinfoPods(sandbox.api)).find(
    (p) => p.metadata.labels?.app === 'ratings',
  );
  const name = ratings?.metadata.name ?? '';
  await expect(row(page, 'bookinfo', name)).toContainText('HBONE');
  await expect.poll(() => own.length).toBeGreaterThan(0);
  expect(own[0]).toMatch(/resourceVersion=\d+/);

  const dropped = await sandbox.api<{ dropped: number }>('POST', '/sandbox/watches/drop', {
    path: '^/api/v1/pods$',
  });
  expect(dropped.body.dropped).toBeGreaterThan(0);
  const res = await sandbox.api('PATCH', `/api/v1/namespaces/bookinfo/pods/${name}`, {
    metadata: { labels: { 'istio.io/dataplane-mode': 'none' } },
  });
  expect(res.status).toBe(200);
  await expect(row(page, 'bookinfo', name)).toContainText('TCP');
  expect(own.length).toBeGreaterThan(1);
});
