import type { Page } from '@playwright/test';
import { startCluster } from '../sandbox/cluster';
import { apiClient, type ApiCall } from './support/api';
import { expect, test } from './support/fixtures';
import { kubectlFor, type Kubectl } from './support/kubectl';

test.use({ scenario: 'sidecars' });
test.setTimeout(240_000);

type Obj = {
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    resourceVersion?: string;
    ownerReferences?: { kind: string; name: string }[];
    deletionTimestamp?: string;
  };
  spec?: Record<string, unknown> & {
    selector?: { matchLabels?: Record<string, string> };
    template?: { metadata?: { annotations?: Record<string, string> } };
    gatewayClassName?: string;
    rules?: { to?: { operation?: Record<string, string[]> }[] }[];
    http?: unknown[];
  };
  status?: { conditions?: { type: string; status: string }[] };
};

const SIDECAR = 'sidecar.istio.io/status';
const REDIRECTION = 'ambient.istio.io/redirection';
const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';
const WORKLOADS: [string, string][] = [
  ['Deployment', '/apis/apps/v1/namespaces/NS/deployments'],
  ['StatefulSet', '/apis/apps/v1/namespaces/NS/statefulsets'],
  ['DaemonSet', '/apis/apps/v1/namespaces/NS/daemonsets'],
];
const CONFIG: [string, string][] = [
  ['AuthorizationPolicy', '/apis/security.istio.io/v1/namespaces/NS/authorizationpolicies'],
  ['VirtualService', '/apis/networking.istio.io/v1/namespaces/NS/virtualservices'],
  ['DestinationRule', '/apis/networking.istio.io/v1/namespaces/NS/destinationrules'],
  ['Service', '/api/v1/namespaces/NS/services'],
];

const list = async (api: ApiCall, path: string, ns: string): Promise<Obj[]> => {
  const res = await api<{ items: Obj[] }>('GET', path.replace('NS', ns));
  return res.status === 200 ? res.body.items : [];
};
const matches = (o: Obj, sel?: Record<string, string>) =>
  !!sel && Object.entries(sel).every(([k, v]) => o.metadata.labels?.[k] === v);
const nsLabels = async (api: ApiCall, ns: string) => {
  const res = await api<Obj>('GET', `/api/v1/namespaces/${ns}`);
  const labels = { ...(res.body.metadata.labels ?? {}) };
  delete labels['kubernetes.io/metadata.name'];
  return labels;
};

/**
 * The namespace as a move leaves it, object by object, without what differs between two runs
 * (generated pod names, resourceVersions, timestamps): its labels; each workload's spec (the
 * restart annotation reduced to "set") and its live pods (sidecar, capture); the waypoints and
 * their Programmed condition; every AuthorizationPolicy, VirtualService, DestinationRule and
 * Service as it is.
 */
const endState = async (api: ApiCall, ns: string) => {
  const pods = (await list(api, '/api/v1/namespaces/NS/pods', ns)).filter(
    (p) => !p.metadata.deletionTimestamp,
  );
  const workloads: Record<string, unknown> = {};
  for (const [kind, path] of WORKLOADS) {
    for (const w of await list(api, path, ns)) {
      const mine = pods.filter((p) => matches(p, w.spec?.selector?.matchLabels));
      const annotations = { ...(w.spec?.template?.metadata?.annotations ?? {}) };
      if (annotations[RESTARTED_AT]) annotations[RESTARTED_AT] = 'set';
      workloads[`${kind}/${w.metadata.name}`] = {
        templateAnnotations: annotations,
        pods: mine.length,
        withSidecar: mine.filter((p) => p.metadata.annotations?.[SIDECAR]).length,
        captured: mine.filter((p) => p.metadata.annotations?.[REDIRECTION] === 'enabled').length,
      };
    }
  }
  const gateways = (
    await list(api, '/apis/gateway.networking.k8s.io/v1/namespaces/NS/gateways', ns)
  )
    .filter((g) => g.spec?.gatewayClassName === 'istio-waypoint')
    .map((g) => ({
      name: g.metadata.name,
      labels: g.metadata.labels ?? {},
      programmed: g.status?.conditions?.find((c) => c.type === 'Programmed')?.status,
    }));
  const config: Record<string, unknown> = {};
  for (const [kind, path] of CONFIG)
    for (const o of await list(api, path, ns))
      config[`${kind}/${o.metadata.name}`] = { labels: o.metadata.labels ?? {}, spec: o.spec };
  return { labels: await nsLabels(api, ns), workloads, gateways, config };
};

/** Upstream's procedure (istio.io docs ambient/migrate/enable-ambient-mode) with kubectl. */
const upstreamMove = async (kubectl: Kubectl, api: ApiCall, ns: string, injection: string[]) => {
  const ok = async (...args: string[]) => {
    const r = await kubectl(...args);
    expect(r.code, `kubectl ${args.join(' ')}: ${r.stderr}`).toBe(0);
  };
  // the workloads whose pods run a sidecar, as they were before the labels changed
  const pods = await list(api, '/api/v1/namespaces/NS/pods', ns);
  const targets: string[] = [];
  for (const [kind, path] of WORKLOADS)
    for (const w of await list(api, path, ns))
      if (
        pods.some(
          (p) => matches(p, w.spec?.selector?.matchLabels) && p.metadata.annotations?.[SIDECAR],
        )
      )
        targets.push(`${kind.toLowerCase()}/${w.metadata.name}`);
  // step 1: the waypoint (istioctl waypoint apply -n <ns>), Programmed, activated
  const gateway = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'waypoint', namespace: ns },
    spec: {
      gatewayClassName: 'istio-waypoint',
      listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }],
    },
  };
  const created = await api(
    'POST',
    `/apis/gateway.networking.k8s.io/v1/namespaces/${ns}/gateways`,
    gateway,
  );
  expect(created.status).toBe(201);
  await ok('wait', '--for=condition=Programmed', 'gateway/waypoint', '-n', ns, '--timeout=60s');
  await ok('label', 'namespace', ns, 'istio.io/use-waypoint=waypoint');
  // step 2: ambient; step 3: injection off; step 4: each restart, waited on
  await ok('label', 'namespace', ns, 'istio.io/dataplane-mode=ambient');
  await ok('label', 'namespace', ns, ...injection.map((k) => `${k}-`));
  for (const ref of targets) {
    await ok('rollout', 'restart', ref, '-n', ns);
    await ok('rollout', 'status', ref, '-n', ns, '--timeout=120s');
  }
};

const openMove = async (page: Page, ns: string) => {
  await page.goto('/ambient-mesh/namespaces');
  const filter = page.getByPlaceholder('Filter by name');
  await expect(filter).toBeVisible({ timeout: 60_000 });
  await filter.fill(ns);
  await page.locator(`[data-test="move-${ns}"]`).click({ timeout: 60_000 });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `Move ${ns} to ambient` })).toBeVisible();
  return dialog;
};

/** The status of every step row, in order. */
const stepStatuses = (page: Page) =>
  page
    .locator('[data-test^="step-"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status') ?? ''));

/** Samples the rows until the run ends: never two steps in flight, and done in order. */
const watchOneAtATime = async (page: Page, until: () => Promise<boolean>) => {
  const seen: string[][] = [];
  while (!(await until())) {
    const st = await stepStatuses(page);
    seen.push(st);
    expect(st.filter((s) => s === 'writing' || s === 'waiting').length).toBeLessThanOrEqual(1);
    const firstNotDone = st.findIndex((s) => s !== 'done');
    if (firstNotDone >= 0)
      expect(st.slice(firstNotDone + 1).every((s) => s === 'pending')).toBe(true);
    await page.waitForTimeout(100);
  }
  return seen;
};

test('moves travel to ambient with a waypoint, one restart at a time, as upstream does', async ({
  page,
  sandbox,
  consoleErrors,
}) => {
  const reference = await startCluster({ port: 0, scenario: 'sidecars', delayMs: 20, quiet: true });
  try {
    const before = await endState(sandbox.api, 'travel');
    const injection = Object.keys(before.labels).filter(
      (k) => k === 'istio-injection' || k === 'istio.io/rev',
    );
    expect(injection.length).toBeGreaterThan(0);
    const dialog = await openMove(page, 'travel');
    // the checks: the L7 policy and the VirtualService need a waypoint
    const l7 = (await list(sandbox.api, CONFIG[0][1], 'travel')).filter((p) =>
      (p.spec?.rules ?? []).some((r) =>
        (r.to ?? []).some((t) => t.operation?.methods || t.operation?.paths),
      ),
    );
    expect(l7.length).toBeGreaterThan(0);
    for (const p of l7)
      await expect(
        dialog.locator(`[data-test="waypoint-user-AuthorizationPolicy-${p.metadata.name}"]`),
      ).toBeVisible();
    for (const vs of await list(sandbox.api, CONFIG[1][1], 'travel'))
      await expect(
        dialog.locator(`[data-test="waypoint-user-VirtualService-${vs.metadata.name}"]`),
      ).toBeVisible();
    await expect(
      dialog.getByLabel('Create waypoint waypoint and use it for the namespace'),
    ).toBeChecked();
    const restart = dialog.getByLabel(/Restart these workloads/);
    await expect(restart).not.toBeChecked();
    await restart.check();
    await dialog.getByRole('button', { name: 'Move to ambient' }).click();
    const done = dialog.getByText('travel runs in ambient mode');
    const seen = await watchOneAtATime(page, () => done.isVisible());
    expect(seen.length).toBeGreaterThan(1);
    await expect(dialog.locator('[data-test^="step-restart:"]')).not.toHaveCount(0);

    await upstreamMove(kubectlFor(reference.url), apiClient(reference.url), 'travel', injection);
    await sandbox.settle();
    await reference.settle();
    const mine = await endState(sandbox.api, 'travel');
    const theirs = await endState(apiClient(reference.url), 'travel');
    expect(mine).toEqual(theirs);
    // and what that state is: ambient, no injection label, every pod captured without a sidecar
    expect(mine.labels).toMatchObject({
      'istio.io/dataplane-mode': 'ambient',
      'istio.io/use-waypoint': 'waypoint',
    });
    injection.forEach((k) => expect(mine.labels).not.toHaveProperty(k));
    // every workload's pods captured without a sidecar; the waypoint's own pods are never captured
    const waypoints = mine.gateways.map((g) => `Deployment/${g.name}`);
    const apps = Object.entries(mine.workloads).filter(([k]) => !waypoints.includes(k));
    expect(apps.length).toBeGreaterThan(0);
    for (const [, w] of apps as [
      string,
      { pods: number; withSidecar: number; captured: number },
    ][]) {
      expect(w.withSidecar).toBe(0);
      expect(w.captured).toBe(w.pods);
    }
    expect(mine.gateways).toEqual([
      expect.objectContaining({ name: 'waypoint', programmed: 'True' }),
    ]);
    // nothing else changed: every policy, route and Service as before, plus the waypoint's Service
    const added = Object.keys(mine.config).filter((k) => !(k in before.config));
    expect(added).toEqual(['Service/waypoint']);
    const kept = Object.fromEntries(
      Object.entries(mine.config).filter(([k]) => !added.includes(k)),
    );
    expect(kept).toEqual(before.config);
    expect(consoleErrors).toEqual([]);
  } finally {
    await reference.close();
  }
});

type Workload = Obj & { metadata: Obj['metadata'] & { generation?: number } };

/** Each workload's generation and restart annotation, by kind/name. */
const restarts = async (api: ApiCall, ns: string) => {
  const out: Record<string, { generation?: number; restartedAt?: string }> = {};
  for (const [kind, path] of WORKLOADS)
    for (const w of (await list(api, path, ns)) as Workload[])
      out[`${kind}/${w.metadata.name}`] = {
        generation: w.metadata.generation,
        restartedAt: w.spec?.template?.metadata?.annotations?.[RESTARTED_AT],
      };
  return out;
};

test('Retry after a failed restart continues without restarting the finished workloads', async ({
  page,
  sandbox,
}) => {
  const before = await restarts(sandbox.api, 'travel');
  const sts = (await list(sandbox.api, WORKLOADS[1][1], 'travel'))[0];
  expect(sts, 'the scenario has a StatefulSet in travel').toBeTruthy();
  // the StatefulSets restart after every Deployment: its restart patch fails once
  await sandbox.api('POST', '/sandbox/faults', {
    method: 'PATCH',
    path: `^/apis/apps/v1/namespaces/travel/statefulsets/${sts.metadata.name}$`,
    status: 500,
    message: 'etcd is having a bad day',
  });
  const dialog = await openMove(page, 'travel');
  await dialog.getByLabel(/Restart these workloads/).check();
  await dialog.getByRole('button', { name: 'Move to ambient' }).click();
  const failed = dialog.locator(`[data-test="step-restart:StatefulSet/${sts.metadata.name}"]`);
  await expect(failed).toHaveAttribute('data-status', 'failed', { timeout: 120_000 });
  await expect(failed).toContainText('etcd is having a bad day');
  const atFailure = await restarts(sandbox.api, 'travel');
  const finished = Object.keys(atFailure).filter((k) => atFailure[k].restartedAt);
  expect(finished.length).toBeGreaterThan(0);
  expect(finished).not.toContain(`StatefulSet/${sts.metadata.name}`);
  await dialog.getByRole('button', { name: 'Retry' }).click();
  await expect(dialog.getByText('travel runs in ambient mode')).toBeVisible({ timeout: 120_000 });
  const after = await restarts(sandbox.api, 'travel');
  // each finished workload was restarted once: the same annotation, one generation more
  for (const k of finished) {
    expect(after[k].restartedAt).toBe(atFailure[k].restartedAt);
    expect(after[k].generation).toBe((before[k].generation ?? 0) + 1);
  }
  expect(after[`StatefulSet/${sts.metadata.name}`].restartedAt).toBeTruthy();
});

test('Rollback on legacy puts istio.io/rev=default back and restarts the pods with sidecars', async ({
  page,
  sandbox,
}) => {
  const labelsBefore = await nsLabels(sandbox.api, 'legacy');
  expect(labelsBefore['istio.io/rev']).toBe('default');
  const dialog = await openMove(page, 'legacy');
  const waypoint = dialog.getByLabel(/waypoint/).first();
  if (await waypoint.isChecked()) await waypoint.uncheck();
  await dialog.getByLabel(/Restart these workloads/).check();
  await dialog.getByRole('button', { name: 'Move to ambient' }).click();
  await expect(dialog.getByText('legacy runs in ambient mode')).toBeVisible({ timeout: 120_000 });
  expect(await nsLabels(sandbox.api, 'legacy')).toEqual({
    ...Object.fromEntries(Object.entries(labelsBefore).filter(([k]) => k !== 'istio.io/rev')),
    'istio.io/dataplane-mode': 'ambient',
  });
  await dialog.getByRole('button', { name: 'Roll back labels' }).click();
  await expect(dialog.getByText('The injection labels are back')).toBeVisible();
  expect(await nsLabels(sandbox.api, 'legacy')).toEqual(labelsBefore);
  await dialog.locator('#rollback-restart').check();
  await dialog.getByRole('button', { name: 'Restart again' }).click();
  await expect(dialog.getByText('legacy runs sidecars again')).toBeVisible({ timeout: 120_000 });
  const state = await endState(sandbox.api, 'legacy');
  for (const w of Object.values(state.workloads) as { pods: number; withSidecar: number }[])
    expect(w.withSidecar).toBe(w.pods);
});
