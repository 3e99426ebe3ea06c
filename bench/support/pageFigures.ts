/**
 * Figures every page benchmark reports beside its own: the raw lists the page needs, fetched and
 * parsed in the same browser through the local console's proxy (best of two), the ratio of the
 * page figure to them, and the JS heap once the page settled.
 */
import type { BrowserContext, Locator, Page, Request } from '@playwright/test';

/** Cluster-wide lists by API path (under the console's `/api/kubernetes`). */
export const LISTS = {
  pods: '/api/v1/pods',
  namespaces: '/api/v1/namespaces',
  nodes: '/api/v1/nodes',
};

/** The HTTP requests of a page in flight, and when one last started or ended. */
type Traffic = { open: Set<Request>; last: number };
const traffic = new WeakMap<Page, Traffic>();
const tracked = new WeakSet<BrowserContext>();
const trafficOf = (page: Page): Traffic => {
  let t = traffic.get(page);
  if (!t) traffic.set(page, (t = { open: new Set(), last: Date.now() }));
  return t;
};
const pageOf = (request: Request): Page | undefined => {
  try {
    return request.frame().page();
  } catch {
    return undefined; // a service worker's request
  }
};

/**
 * Follows the HTTP requests of every page of `context` (WebSockets are not requests), for
 * `settle`. Call it before the context's first page loads.
 */
export const trackRequests = (context: BrowserContext): void => {
  const note = (inFlight: boolean) => (r: Request) => {
    const page = pageOf(r);
    if (!page) return;
    const t = trafficOf(page);
    if (inFlight) t.open.add(r);
    else t.open.delete(r);
    t.last = Date.now();
  };
  tracked.add(context);
  context.on('request', note(true));
  context.on('requestfinished', note(false));
  context.on('requestfailed', note(false));
};

const QUIET_MS = 500;

/**
 * Waits until `page` (of a context `trackRequests` follows) has had no HTTP request in flight for
 * half a second, twice: before and after its main thread ran a task of ours. A page that lists in
 * pages asks for the next one only once it has read and rendered the last one, which on a busy
 * main thread can take longer than the pause; after our task, whatever it had queued has run.
 * Then its lists are in and parsed, and the next measure does not share the browser with them.
 * (Playwright's `networkidle` does not wait for that: it stays reached from the first pause of
 * 500 ms, as between two pages of the overview's pod list.)
 */
export const settle = async (page: Page, timeout = 180_000): Promise<void> => {
  if (!tracked.has(page.context())) {
    throw new Error('settle: call trackRequests(context) before the page loads');
  }
  const t = trafficOf(page);
  const until = Date.now() + timeout;
  const quiet = async () => {
    while (t.open.size > 0 || Date.now() - t.last < QUIET_MS) {
      if (Date.now() > until) {
        throw new Error(`settle: ${t.open.size} requests still in flight after ${timeout} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  for (;;) {
    await quiet();
    const last = t.last;
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    if (t.open.size === 0 && t.last === last) return;
  }
};

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
 * What a frame mark waits for: an element matching `selector` that also, when given, has exactly
 * the text `text`, is not disabled (`enabled`), and whose text matches `pattern` (with
 * `atLeast`: the number in its first group, separators ignored, is at least that); and, when
 * given, no element matching `absent` in the page (a page that still says it is loading).
 */
export type FrameCheck = {
  selector: string;
  absent?: string;
  text?: string;
  enabled?: boolean;
  pattern?: string;
  atLeast?: number;
};

type MarkWindow = {
  __frameMarks?: Record<string, number>;
  __frameTexts?: Record<string, string>;
  __frameOwners?: Record<string, object>;
  __clickAt?: number;
};

/**
 * Starts checking `checks` in the page's current document on every animation frame; each
 * records the wall-clock time (ms since the epoch) of the first frame in which it held. Called
 * before the action measured (a click; or right after a navigation commits, see `openMarked`),
 * so that a figure is when the page showed it, not when the test heard of it: Playwright's own
 * waits answer only once the renderer runs their task, hundreds of ms late while it is busy
 * with a list. A name marked earlier in the same document is measured again.
 */
export const markFrames = (page: Page, checks: Record<string, FrameCheck>): Promise<void> =>
  page.evaluate((all) => {
    const w = window as unknown as MarkWindow;
    const marks = (w.__frameMarks ??= {});
    const texts = (w.__frameTexts ??= {});
    /** The text of the element that meets the check, or undefined. */
    const holds = (c: FrameCheck): string | undefined => {
      if (c.absent && document.querySelector(c.absent)) return undefined;
      for (const el of document.querySelectorAll(c.selector)) {
        const text = el.textContent ?? '';
        if (c.text !== undefined && text !== c.text) continue;
        if (c.enabled && (el as HTMLInputElement).disabled) continue;
        if (c.pattern !== undefined) {
          const m = new RegExp(c.pattern).exec(text);
          if (!m) continue;
          if (c.atLeast !== undefined && Number((m[1] ?? '').replace(/\D/g, '')) < c.atLeast) {
            continue;
          }
        }
        return text;
      }
      return undefined;
    };
    // a name marked before in this document (an earlier action) is measured again
    // (an earlier check of the same name, still running, no longer writes it)
    const owners = (w.__frameOwners ??= {});
    const self = {};
    const pending = Object.entries(all);
    for (const [name] of pending) {
      delete marks[name];
      delete texts[name];
      owners[name] = self;
    }
    const open = () =>
      pending.filter(([name]) => owners[name] === self && marks[name] === undefined);
    const tick = () => {
      const now = performance.timeOrigin + performance.now();
      for (const [name, check] of open()) {
        const text = holds(check);
        if (text === undefined) continue;
        marks[name] = now;
        texts[name] = text;
      }
      if (open().length > 0) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, checks);

/** Opens `url` in `tab` and marks `checks` from the new document's start (see `markFrames`). */
export const openMarked = async (
  tab: Page,
  url: string,
  checks: Record<string, FrameCheck>,
): Promise<void> => {
  await tab.goto(url, { waitUntil: 'commit' });
  await markFrames(tab, checks);
};

/**
 * Clicks `target` and returns when the click reached the page (ms since the epoch: its event's
 * `timeStamp`), the start of a figure measured from a click. Playwright first resolves the
 * locator and checks that the element can be clicked, in the page; on the Topology page of
 * 20,000 pods that took 100 to 115 ms before the click was dispatched, time of the test tool,
 * not of the page.
 */
export const clickAt = async (page: Page, target: Locator, timeout: number): Promise<number> => {
  await page.evaluate(() => {
    const w = window as unknown as MarkWindow;
    delete w.__clickAt;
    window.addEventListener(
      'click',
      (e) => {
        w.__clickAt = performance.timeOrigin + e.timeStamp;
      },
      { capture: true, once: true },
    );
  });
  await target.click({ timeout });
  const at = await page.evaluate(() => (window as unknown as MarkWindow).__clickAt);
  if (at === undefined) throw new Error('the click never reached the page');
  return Math.round(at);
};

/**
 * Milliseconds from `start` (a `Date.now()`, or a `clickAt`) to the frame that showed the mark
 * `name`.
 */
export const msUntilMark = async (
  page: Page,
  name: string,
  start: number,
  timeout: number,
): Promise<number> => {
  const at = await page.waitForFunction(
    (n) => (window as unknown as MarkWindow).__frameMarks?.[n],
    name,
    { timeout, polling: 50 },
  );
  return Math.round(((await at.jsonValue()) as number) - start);
};

/** The text of the element that met the check `name` in the frame it was marked (`markFrames`). */
export const markedText = (page: Page, name: string): Promise<string | undefined> =>
  page.evaluate((n) => (window as unknown as MarkWindow).__frameTexts?.[n], name);

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
