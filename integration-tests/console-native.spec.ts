import { expect, test } from './support/fixtures';

test.describe('on the ambient scenario', () => {
  test.use({ scenario: 'ambient' });

  test('system namespaces are hidden until asked, then guarded with the reason', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/ambient-mesh/namespaces');
    await expect(page.locator('[data-test="ns-row-bookinfo"]')).toBeVisible();
    for (const hidden of ['kube-system', 'istio-system', 'istio-cni', 'ztunnel', 'default']) {
      await expect(page.locator(`[data-test="ns-row-${hidden}"]`)).toHaveCount(0);
    }
    await page.getByText('Show system namespaces').click();
    await expect(page).toHaveURL(/[?&]system=true/);
    await page.getByPlaceholder('Filter by name').fill('kube-system');
    const kube = page.locator('[data-test="ns-row-kube-system"]');
    await expect(kube.getByRole('switch')).toBeDisabled();
    await kube.locator('[data-test="ambient-switch-disabled-kube-system"]').hover();
    await expect(page.getByRole('tooltip')).toHaveText('istio-cni never enrolls kube-system');

    await page.getByPlaceholder('Filter by name').fill('istio-cni');
    await page.locator('[data-test="ambient-switch-disabled-istio-cni"]').hover();
    await expect(page.getByRole('tooltip')).toHaveText(
      "The mesh's own namespaces are never enrolled",
    );
    // `default` is hidden with the default projects, but applications may be enrolled there
    await page.getByPlaceholder('Filter by name').fill('default');
    await expect(
      page.locator('[data-test="ns-row-default"]').getByRole('switch'),
    ).not.toBeDisabled();
    expect(consoleErrors).toEqual([]);
  });

  test('the namespaces view lives in the URL: Back restores it and a shared link opens it', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/ambient-mesh/namespaces');
    await page.getByLabel('Filter by data plane').selectOption('ambient');
    await page.getByPlaceholder('Filter by name').fill('book');
    await expect(page).toHaveURL(/dataPlane=ambient/);
    await expect(page).toHaveURL(/name=book/);
    const link = page
      .locator('[data-test="ns-row-bookinfo"]')
      .getByRole('link', { name: 'bookinfo' });
    await expect(link).toHaveAttribute('href', '/k8s/cluster/namespaces/bookinfo/ambient-mesh');
    await link.click();
    await expect(page).toHaveURL(/\/k8s\/cluster\/namespaces\/bookinfo\/ambient-mesh$/);
    await page.goBack();
    await expect(page.getByPlaceholder('Filter by name')).toHaveValue('book');
    await expect(page.getByLabel('Filter by data plane')).toHaveValue('ambient');
    await expect(page.locator('[data-test^="ns-row-"]')).toHaveCount(1);

    const shared = new URL(page.url());
    await page.goto('/ambient-mesh');
    await page.goto(`${shared.pathname}${shared.search}`);
    await expect(page.locator('[data-test^="ns-row-"]')).toHaveCount(1);
    expect(consoleErrors).toEqual([]);
  });

  test('topology: filters, sort and view in the URL; every object links to its console page', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/ambient-mesh/topology?namespace=bookinfo');
    const row = page.locator('[data-test^="workload-bookinfo-productpage-v1-"]');
    await expect(row).toBeVisible();
    const pod = (await row.getAttribute('data-test'))?.replace('workload-bookinfo-', '') ?? '';
    await expect(row.getByRole('link', { name: pod })).toHaveAttribute(
      'href',
      `/k8s/ns/bookinfo/pods/${pod}`,
    );
    await expect(row.getByRole('link', { name: 'bookinfo' })).toHaveAttribute(
      'href',
      '/k8s/cluster/namespaces/bookinfo',
    );
    await expect(row.locator('td[data-label="Node"] a')).toHaveAttribute(
      'href',
      /^\/k8s\/cluster\/nodes\/[^/]+$/,
    );

    await page.getByRole('button', { name: 'Pod name' }).click();
    await expect(page).toHaveURL(/sort=name/);
    await page.getByLabel('Protocol').selectOption('HBONE');
    await expect(page).toHaveURL(/protocol=HBONE/);
    await page.getByPlaceholder('Search by pod name').fill('reviews');
    await expect(page).toHaveURL(/q=reviews/);
    await expect(page.locator('[data-test^="workload-"]')).toHaveCount(3);
    await page.getByRole('tab', { name: 'Graph' }).click();
    await expect(page).toHaveURL(/view=graph/);
    await page.goBack();
    await expect(page.getByRole('tab', { name: 'Workloads' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByPlaceholder('Search by pod name')).toHaveValue('reviews');
    await expect(page.getByLabel('Protocol')).toHaveValue('HBONE');
    await expect(page.locator('[data-test^="workload-"]')).toHaveCount(3);

    expect(consoleErrors).toEqual([]);
  });
});

test.describe('on the large scenario', () => {
  test.use({ scenario: 'large' });

  test('the namespace typeahead narrows 2,000 namespaces and renders only the first matches', async ({
    page,
  }) => {
    test.setTimeout(240000);
    await page.goto('/ambient-mesh/topology?namespace=app-0001');
    const input = page.getByRole('combobox', { name: 'Filter namespaces' });
    await expect(input).toHaveValue('app-0001', { timeout: 60000 });
    const listbox = page.locator('#topology-namespace-listbox');
    // opened, the menu lists "All namespaces" and the first 50 of the 2,000 once they are in
    await input.click();
    await expect(
      listbox.getByRole('option', { name: /^\d{4} more: type to narrow the list$/ }),
    ).toBeVisible({
      timeout: 60000,
    });
    await expect(listbox.getByRole('option')).toHaveCount(52);
    await input.fill('app-1');
    // app-1000 .. app-1999 match: 50 rendered and a note for the rest
    await expect(listbox.getByRole('option')).toHaveCount(51);
    await expect(
      listbox.getByRole('option', { name: '950 more: type to narrow the list' }),
    ).toBeVisible();
    await input.fill('app-1999');
    await listbox.getByRole('option', { name: 'app-1999', exact: true }).click();
    await expect(page).toHaveURL(/[?&]namespace=app-1999/);
    await expect(input).toHaveValue('app-1999');
  });
});
