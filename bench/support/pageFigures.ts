/**
 * Figures every page benchmark reports beside its own: the raw lists the page needs, fetched and
 * parsed in the same browser through the local console's proxy (best of two), the ratio of the
 * page figure to them, and the JS heap once the page settled.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** Cluster-wide lists by API path (under the console's `/api/kubernetes`). */
export const LISTS = {
  pods: '/api/v1/pods',
  namespaces: '/api/v1/namespaces',
  nodes: '/api/v1/nodes',
};

/**
 * Waits until `page` has had no HTTP request in flight for half a second (Playwright's
 * `networkidle`; the watches are WebSockets and do not count): its lists are in and parsed, and
 * the next measure does not share the browser with them.
 */
export const settle = (page: Page): Promise<void> =>
  page.waitForLoadState('networkidle', { timeout: 120000 });

/**
 * Fetches and parses `paths` at once (each one whole request, as `kubectl get` does), in a tab of
 * its own so that the page measured next keeps a clean heap; best of `runs`, in ms.
 */
export const rawListsMs = async (
  context: BrowserContext,
  consoleURL: string,
  paths: string[],
  runs = 2,
): Promise<number> => {
  const tab = await context.newPage();
  try {
    // a console URL the shell answers quickly, so the fetches are same-origin with the cookie
    await tab.goto(`${consoleURL}/api/kubernetes/version`);
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      times.push(
        await tab.evaluate(async (ps) => {
          const start = performance.now();
          const lists = await Promise.all(
            ps.map(async (p) => {
              const res = await fetch(`/api/kubernetes${p}`);
              if (!res.ok) throw new Error(`${p}: ${res.status}`);
              return (await res.json()) as { items: unknown[] };
            }),
          );
          if (lists.some((l) => !Array.isArray(l.items))) throw new Error('not a list');
          return performance.now() - start;
        }, paths),
      );
    }
    return Math.min(...times);
  } finally {
    await tab.close();
  }
};

/**
 * Milliseconds from `start` (a `Date.now()`) until `predicate` holds in the page, checked on every
 * animation frame: when a frame showing it is produced. Not `locator.waitFor`, which Playwright
 * retries with a back-off reaching 500 ms between checks, up to half a second late.
 */
export const msUntil = async (
  page: Page,
  start: number,
  predicate: (arg: string) => boolean,
  arg: string,
  timeout: number,
): Promise<number> => {
  await page.waitForFunction(predicate, arg, { polling: 'raf', timeout });
  return Date.now() - start;
};

/** Milliseconds from `start` until an element matching `selector` is in the page (see `msUntil`). */
export const msUntilShown = (
  page: Page,
  start: number,
  selector: string,
  timeout: number,
): Promise<number> => msUntil(page, start, (s) => !!document.querySelector(s), selector, timeout);

/** JS heap in use (MB) after a full garbage collection (CDP `Performance.getMetrics`). */
export const jsHeapMB = async (page: Page): Promise<number> => {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    return used / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
};

export type Figure = {
  what: string;
  ms: number;
  /** The runs `ms` is the median of, printed beside it. */
  runs?: number[];
  rawMs: number;
  goalRatio?: number;
  goalMs?: number;
};

/** One line: the page figure, the raw lists of the same run, their ratio, and the goal if any. */
export const report = (f: Figure): boolean => {
  const ratio = f.ms / f.rawMs;
  const okRatio = f.goalRatio === undefined || ratio <= f.goalRatio;
  const okMs = f.goalMs === undefined || f.ms <= f.goalMs;
  const goals = [
    f.goalRatio !== undefined ? `<= ${f.goalRatio}x raw` : '',
    f.goalMs !== undefined ? `<= ${f.goalMs} ms` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const runs = f.runs ? ` (median of ${f.runs.map((r) => r.toFixed(0)).join(', ')})` : '';
  console.log(
    `  ${f.what}: ${f.ms.toFixed(0)} ms${runs} | raw lists ${f.rawMs.toFixed(0)} ms | ratio ${ratio.toFixed(1)}x` +
      (goals ? ` | goal ${goals}: ${okRatio && okMs ? 'met' : 'MISSED'}` : ''),
  );
  return okRatio && okMs;
};

export const reportHeap = (what: string, mb: number, goalMB: number): boolean => {
  const ok = mb <= goalMB;
  console.log(
    `  JS heap after ${what} settled: ${mb.toFixed(0)} MB | goal <= ${goalMB} MB: ${ok ? 'met' : 'MISSED'}`,
  );
  return ok;
};
