import type { Page } from '@playwright/test';
import { expect, test, type Sandbox } from './support/fixtures';

// The ambient scenario: bookinfo enrolled, no waypoint, two L7 AuthorizationPolicies:
// ratings-get-only (selector app=ratings) and reviews-viewer (targetRefs: Service reviews).
test.use({ scenario: 'ambient' });

type PodList = { items: { metadata: { name: string; labels?: Record<string, string> } }[] };

const podsOf = async (sandbox: Sandbox) =>
  ((await sandbox.api('GET', '/api/v1/namespaces/bookinfo/pods')).body as PodList).items;

const problems = (page: Page, name: string) =>
  page.locator(`[data-test="workload-bookinfo-${name}"] td[data-label="Problems"]`);

/** As `istioctl waypoint apply -n bookinfo --enroll-namespace`: a waypoint for services. */
const addNamespaceWaypoint = async (sandbox: Sandbox) => {
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
  await sandbox.api('PATCH', '/api/v1/namespaces/bookinfo', {
    metadata: { labels: { 'istio.io/use-waypoint': 'waypoint' } },
  });
  await sandbox.settle();
};

test('topology: an L7 policy without a waypoint is flagged exactly on the pods it concerns', async ({
  page,
  sandbox,
  consoleErrors,
}) => {
  const pods = (await podsOf(sandbox)).map((p) => p.metadata.name);
  await page.goto('/ambient-mesh/topology?namespace=bookinfo');
  for (const name of pods) {
    const cell = problems(page, name);
    if (name.startsWith('ratings')) {
      await expect(cell).toHaveText('L7 policy not enforced: no waypoint (ratings-get-only)');
    } else if (name.startsWith('reviews')) {
      await expect(cell).toHaveText('L7 policy not enforced: no waypoint (reviews-viewer)');
    } else {
      await expect(page.locator(`[data-test="workload-bookinfo-${name}"]`)).toContainText('HBONE');
      await expect(cell).toHaveText('');
    }
  }

  // With a namespace waypoint, the Service-bound policy is enforced: no false "missing
  // waypoint"; the selector-bound one is still not, and now says why.
  await addNamespaceWaypoint(sandbox);
  const reviews = pods.find((n) => n.startsWith('reviews-v1')) ?? '';
  const ratings = pods.find((n) => n.startsWith('ratings')) ?? '';
  await expect(problems(page, reviews)).toHaveText('');
  await expect(problems(page, ratings)).toHaveText(
    'L7 policy bound by selector: its waypoint does not enforce it (ratings-get-only)',
  );
  expect(consoleErrors).toEqual([]);
});

test('namespace tab: each L7 policy with its status; removing the waypoint names what it enforces', async ({
  page,
  sandbox,
}) => {
  await page.goto('/k8s/cluster/namespaces/bookinfo/ambient-mesh');
  const card = page.locator('[data-test="policy-card"]');
  const ratings = card.locator('[data-test="policy-row-ratings-get-only"]');
  const reviews = card.locator('[data-test="policy-row-reviews-viewer"]');
  await expect(ratings.locator('[data-test="policy-verdict"]')).toHaveText(
    'Not enforced: no waypoint',
  );
  await expect(ratings).toContainText('Workloads with app=ratings');
  await expect(ratings).toContainText('HTTP methods');
  await expect(reviews.locator('[data-test="policy-verdict"]')).toHaveText(
    'Not enforced: no waypoint',
  );
  await expect(reviews).toContainText('Service reviews');
  await expect(reviews).toContainText('HTTP methods, paths');

  await addNamespaceWaypoint(sandbox);
  await expect(reviews.locator('[data-test="policy-verdict"]')).toHaveText(
    'Enforced by waypoint bookinfo/waypoint',
  );

  await page
    .locator('[data-test="waypoint-row-waypoint"]')
    .getByRole('button', { name: 'Remove' })
    .click();
  const warning = page.getByRole('dialog').locator('[data-test="waypoint-policies"]');
  await expect(warning).toContainText('L7 policies will no longer be enforced');
  await expect(warning).toContainText('reviews-viewer');
  await expect(warning).not.toContainText('ratings-get-only');
});
