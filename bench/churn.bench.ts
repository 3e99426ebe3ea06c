/**
 * Pages under churn, on the `large` scenario: Topology and Namespaces, each opened and fully
 * loaded, then 100 pod changes per second (created, relabelled, deleted: `/sandbox/churn`) for
 * CHURN_SECONDS (20). Figures: the browser's long tasks while the churn runs (PerformanceObserver
 * 'longtask'), and the time from the churn's end to the page's last change, once its rows match
 * those of the same page opened fresh afterwards (converged to the server's state).
 * Goals: no long task over 200 ms; converged within 2 s.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { withBrowserSandbox } from './support/browserSandbox';

const PER_SECOND = 100;
const SECONDS = Number(process.env.CHURN_SECONDS ?? 20);
const LONG_TASK_GOAL_MS = 200;
const CONVERGED_GOAL_MS = 2000;
const QUIET_MS = 3000;

type Probe = { longTasks: { start: number; ms: number }[]; lastChange: number };
type ChurnState = { running: boolean; stoppedAt?: string; created: number; deleted: number };

/** Long tasks with their wall-clock start, and the time of the page's last DOM change. */
const installProbes = (): void => {
  const w = window as unknown as { __probe: Probe };
  w.__probe = { longTasks: [], lastChange: Date.now() };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__probe.longTasks.push({ start: performance.timeOrigin + e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const watchDom = () =>
    new MutationObserver(() => (w.__probe.lastChange = Date.now())).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  if (document.body) watchDom();
  else document.addEventListener('DOMContentLoaded', watchDom);
};

const probe = (page: Page): Promise<Probe> =>
  page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);

type PageUnderTest = {
  name: string;
  path: string;
  /** Waits until the page shows everything (`total` pods counted). */
  loaded: (page: Page, total: number) => Promise<void>;
  /** The text that must match the server's state. */
  snapshot: (page: Page) => Promise<string>;
};

const TIMEOUT = 120000;

const PAGES: PageUnderTest[] = [
  {
    name: 'Topology (search "churn-")',
    path: '/ambient-mesh/topology',
    loaded: async (page, total) => {
      await page.waitForFunction(
        (n) =>
          Number(/of ([\d,]+) pods/.exec(document.body.innerText)?.[1].replace(/,/g, '')) === n,
        total,
        { timeout: TIMEOUT },
      );
      await page.getByPlaceholder('Search by pod name').fill('churn-');
      await page.waitForTimeout(QUIET_MS);
    },
    snapshot: (page) =>
      page.evaluate(() => {
        const count = /[\d,]+ of [\d,]+ pods/.exec(document.body.innerText)?.[0] ?? '';
        const table = [...document.querySelectorAll('tbody tr')]
          .map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
          .join('\n');
        return `${count}\n${table}`;
      }),
  },
  {
    name: 'Namespaces',
    path: '/ambient-mesh/namespaces',
    loaded: async (page) => {
      await page.locator('[data-test^="ns-row-"]').first().waitFor({ timeout: TIMEOUT });
      await page.waitForFunction(
        () =>
          / of /.test(
            document.querySelector('[data-test^="ns-row-"] [data-test="captured"]')?.textContent ??
              '',
          ),
        undefined,
        { timeout: TIMEOUT },
      );
      await page.waitForTimeout(QUIET_MS);
    },
    snapshot: (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-test^="ns-row-"]')]
          .map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
          .join('\n'),
      ),
  },
];

type Api = <T>(path: string, init?: { method?: string; body?: unknown }) => Promise<T>;

const podCount = async (api: Api): Promise<number> =>
  (await api<{ items: unknown[] }>('/api/v1/pods')).items.length;

/**
 * Waits until the console watches all pods: the list has been read to its last page (the page's
 * own figures may show counts of a partial list before that).
 */
const podsWatched = async (api: Api): Promise<void> => {
  type Req = { path: string; query: string; watch: boolean };
  for (let i = 0; i < 1200; i += 1) {
    const { items } = await api<{ items: Req[] }>('/sandbox/requests');
    if (items.some((r) => r.watch && r.path === '/api/v1/pods' && !r.query.includes('Selector')))
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the console never watched all pods');
};

const churnOnce = async (
  context: BrowserContext,
  consoleURL: string,
  api: Api,
  put: PageUnderTest,
): Promise<boolean> => {
  const page = await context.newPage();
  await page.addInitScript(installProbes);
  await api('/sandbox/requests', { method: 'DELETE' });
  await page.goto(`${consoleURL}${put.path}`);
  await podsWatched(api);
  await put.loaded(page, await podCount(api));
  const begin = Date.now();
  await api('/sandbox/churn', {
    method: 'POST',
    body: { perSecond: PER_SECOND, durationSeconds: SECONDS },
  });
  let state: ChurnState;
  do {
    await page.waitForTimeout(200);
    state = await api<ChurnState>('/sandbox/churn');
  } while (state.running);
  const stopped = Date.parse(state.stoppedAt as string);
  await api('/sandbox/settle', { method: 'POST' });
  // wait for the page to be quiet, then compare it with the same page opened fresh
  for (let i = 0; i < 60 && Date.now() - (await probe(page)).lastChange < QUIET_MS; i += 1)
    await page.waitForTimeout(500);
  const seen = await put.snapshot(page);
  const { longTasks, lastChange } = await probe(page);
  const fresh = await context.newPage();
  await api('/sandbox/requests', { method: 'DELETE' });
  await fresh.goto(`${consoleURL}${put.path}`);
  await podsWatched(api);
  await put.loaded(fresh, await podCount(api));
  const truth = await put.snapshot(fresh);
  await fresh.close();
  await page.close();

  // while the churn runs, and after it until the page's last change (a page that stopped
  // changing before the churn did is still measured to its end)
  const until = Math.max(stopped, lastChange);
  const during = longTasks.filter((t) => t.start >= begin && t.start <= until);
  const longest = Math.max(0, ...during.map((t) => t.ms));
  const over = during.filter((t) => t.ms > LONG_TASK_GOAL_MS).length;
  const converged = seen === truth;
  const convergedMs = Math.max(0, lastChange - stopped);
  console.log(
    `  ${put.name}: ${state.created} pods created, ${state.deleted} deleted in ${SECONDS} s; ` +
      `long tasks during the churn: ${during.length}, longest ${longest.toFixed(0)} ms, ${over} over ${LONG_TASK_GOAL_MS} ms; ` +
      (converged
        ? `converged ${convergedMs} ms after the churn stopped (goal <= ${CONVERGED_GOAL_MS} ms)` +
          (lastChange < stopped
            ? `; its last change was ${((lastChange - begin) / 1000).toFixed(1)} s into the churn`
            : '')
        : 'NOT converged: the page differs from a fresh load'),
  );
  if (!converged) {
    const a = seen.split('\n');
    const b = truth.split('\n');
    const at = a.findIndex((l, i) => l !== b[i]);
    const show = (ls: string[]) => ls.slice(Math.max(0, at - 2), at + 2).join(' | ');
    console.log(`    first difference: page "${show(a)}", fresh "${show(b)}"`);
    const ns = /app-\d{4}/.exec(a[at] ?? '')?.[0];
    if (ns) {
      const pods = (await api<{ items: unknown[] }>(`/api/v1/namespaces/${ns}/pods`)).items;
      console.log(`    the server has ${pods.length} pods in ${ns}`);
    }
  }
  return over === 0 && converged && convergedMs <= CONVERGED_GOAL_MS;
};

(async () => {
  const ok = await withBrowserSandbox('large', async ({ context, consoleURL, api }) => {
    console.log(`${PER_SECOND} pod changes per second on the large scenario`);
    let met = true;
    for (const put of PAGES) met = (await churnOnce(context, consoleURL, api, put)) && met;
    console.log(`churn: goals ${met ? 'met' : 'MISSED'}`);
    return met;
  });
  process.exit(ok ? 0 : 1);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
