import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { answerWatches, probe, resetWatches } from '../../testing/watch';
import { usePods, useZtunnelPods } from './hooks';
import { PODS_SEEN_KEY, allPodsPageSize } from './pageSize';

const ALL_PODS_PAGE_SIZE = allPodsPageSize();

const watch = jest.mocked(useK8sWatchResource);

describe('pod watches', () => {
  beforeEach(() => {
    resetWatches();
    window.localStorage.clear();
  });

  it('watches pods of one namespace or all, and none when switched off', () => {
    probe(() => usePods({ namespace: 'bookinfo' }));
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({ isList: true, namespace: 'bookinfo' }),
    );
    expect(watch.mock.lastCall?.[0]?.limit).toBeUndefined();
    probe(() => usePods());
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({ namespace: undefined, limit: ALL_PODS_PAGE_SIZE }),
    );
    probe(() => usePods({ enabled: false }));
    expect(watch).toHaveBeenLastCalledWith(null);
  });

  it('selects ztunnel pods by label in their namespace', () => {
    probe(() => useZtunnelPods({ namespace: 'ztunnel' }));
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        namespace: 'ztunnel',
        selector: { matchLabels: { app: 'ztunnel' } },
      }),
    );
  });

  it('returns empty lists until loaded', () => {
    expect(probe(() => usePods({ namespace: 'x' }))).toEqual({
      pods: [],
      loaded: false,
      error: undefined,
      complete: false,
    });
  });

  it('says when the list holds its last page: a page shorter than the page size', () => {
    const pods = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ metadata: { name: `p${i}` } }));
    answerWatches(() => [pods(ALL_PODS_PAGE_SIZE), true, undefined]);
    expect(probe(() => usePods()).complete).toBe(false);
    answerWatches(() => [pods(ALL_PODS_PAGE_SIZE + 3), true, undefined]);
    expect(probe(() => usePods()).complete).toBe(true);
    answerWatches(() => [pods(0), true, undefined]);
    expect(probe(() => usePods()).complete).toBe(true);
    answerWatches(() => [pods(7), false, undefined]);
    expect(probe(() => usePods()).complete).toBe(false);
    // one namespace: the console's own page size
    answerWatches(() => [pods(250), true, undefined]);
    expect(probe(() => usePods({ namespace: 'a' })).complete).toBe(false);
    answerWatches(() => [pods(249), true, undefined]);
    expect(probe(() => usePods({ namespace: 'a' })).complete).toBe(true);
  });

  it('keeps the size of a whole cluster-wide list for the next load, and of nothing else', () => {
    const pods = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ metadata: { name: `p${i}` } }));
    answerWatches(() => [pods(ALL_PODS_PAGE_SIZE), true, undefined]);
    probe(() => usePods());
    expect(window.localStorage.getItem(PODS_SEEN_KEY)).toBeNull(); // maybe more pages to come
    probe(() => usePods({ namespace: 'a', enabled: true }));
    probe(() => usePods({ enabled: false }));
    expect(window.localStorage.getItem(PODS_SEEN_KEY)).toBeNull();
    answerWatches(() => [pods(3), true, new Error('forbidden')]);
    probe(() => usePods());
    expect(window.localStorage.getItem(PODS_SEEN_KEY)).toBeNull();
    answerWatches(() => [pods(ALL_PODS_PAGE_SIZE + 3), true, undefined]);
    probe(() => usePods());
    expect(window.localStorage.getItem(PODS_SEEN_KEY)).toBe(String(ALL_PODS_PAGE_SIZE + 3));
  });
});
