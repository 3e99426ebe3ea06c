import { EventEmitter } from 'events';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { settle, trackRequests } from './pageFigures';

/**
 * A context whose page lists in pages, as the console does: it asks for the next page only once
 * it has handled the last one, in a task of its own (`handle`), which may take longer than the
 * pause `settle` waits for.
 */
const listingPage = () => {
  const context = new EventEmitter();
  let handle: (() => void) | undefined;
  const page = {
    context: () => context,
    // our task runs only after the page's queued work
    evaluate: async () => {
      const queued = handle;
      handle = undefined;
      queued?.();
    },
  };
  const request = () => ({ frame: () => ({ page: () => page }) });
  const start = () => {
    const r = request();
    context.emit('request', r);
    return r;
  };
  const finish = (r: ReturnType<typeof request>, then?: () => void) => {
    context.emit('requestfinished', r);
    handle = then;
  };
  return {
    context: context as unknown as BrowserContext,
    page: page as unknown as Page,
    start,
    finish,
  };
};

const settled = (page: Page) => {
  const state = { done: false, error: undefined as unknown };
  settle(page, 60_000).then(
    () => (state.done = true),
    (e: unknown) => (state.error = e),
  );
  return state;
};

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it('waits while a request is in flight, and returns once the page was quiet', async () => {
  const p = listingPage();
  trackRequests(p.context);
  const r = p.start();
  const s = settled(p.page);
  await jest.advanceTimersByTimeAsync(5_000);
  expect(s.done).toBe(false);
  p.finish(r);
  await jest.advanceTimersByTimeAsync(400);
  expect(s.done).toBe(false);
  await jest.advanceTimersByTimeAsync(1_000);
  expect(s.done).toBe(true);
  expect(s.error).toBeUndefined();
});

it('does not return between two pages of a list whose next page waits for a busy main thread', async () => {
  const p = listingPage();
  trackRequests(p.context);
  // the first page is in; the page handles it (longer than the pause), then asks for the next
  const first = p.start();
  let second: ReturnType<typeof p.start> | undefined;
  p.finish(first, () => {
    second = p.start();
  });
  const s = settled(p.page);
  await jest.advanceTimersByTimeAsync(700);
  expect(second).toBeDefined();
  expect(s.done).toBe(false);
  p.finish(second as ReturnType<typeof p.start>);
  await jest.advanceTimersByTimeAsync(2_000);
  expect(s.done).toBe(true);
});

it('says so when the page never goes quiet', async () => {
  const p = listingPage();
  trackRequests(p.context);
  p.start();
  const s = settled(p.page);
  await jest.advanceTimersByTimeAsync(61_000);
  expect(s.done).toBe(false);
  expect(String(s.error)).toContain('1 requests still in flight');
});

it('refuses a page whose context is not followed', async () => {
  const p = listingPage();
  await expect(settle(p.page)).rejects.toThrow('trackRequests');
});

// requests of pages other than the one settled do not hold it
it('ignores requests of other pages', async () => {
  const p = listingPage();
  const other = listingPage();
  trackRequests(p.context);
  const foreign = { frame: () => ({ page: () => other.page }) } as unknown as Request;
  (p.context as unknown as EventEmitter).emit('request', foreign);
  const s = settled(p.page);
  await jest.advanceTimersByTimeAsync(1_500);
  expect(s.done).toBe(true);
});
