import * as React from 'react';
import { act, render } from '@testing-library/react';
import { k8sListItems, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { pod } from '../../testing/objects';
import { answerWatches, implement, probe, resetWatches } from '../../testing/watch';
import { LARGE_PODS_PAGE_SIZE } from '../../mesh/scope/podsPageSize';
import { type PodsWatch, usePods, usePodsPreview, useZtunnelPods } from './hooks';
import { PODS_SEEN_KEY, allPodsPageSize } from './pageSize';
import { useListWatch } from '../common/useListWatch';
import { PodModel } from '../../models';

const ALL_PODS_PAGE_SIZE = allPodsPageSize();

const watch = jest.mocked(useK8sWatchResource);
const own = jest.mocked(useListWatch);

describe('pod watches', () => {
  beforeEach(() => {
    resetWatches();
    window.localStorage.clear();
  });

  it('watches pods of one namespace through the console, all of them itself, none when off', () => {
    probe(() => usePods({ namespace: 'bookinfo' }));
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({ isList: true, namespace: 'bookinfo' }),
    );
    expect(watch.mock.lastCall?.[0]?.limit).toBeUndefined();
    expect(own).toHaveBeenLastCalledWith(null, PodModel);
    probe(() => usePods());
    // every pod of the cluster: the plugin's own list and watch, not the console's store
    expect(own).toHaveBeenLastCalledWith(
      expect.objectContaining({ namespace: undefined, limit: ALL_PODS_PAGE_SIZE }),
      PodModel,
    );
    expect(watch).toHaveBeenLastCalledWith(null);
    probe(() => usePods({ enabled: false }));
    expect(own).toHaveBeenLastCalledWith(null, PodModel);
    expect(watch).toHaveBeenLastCalledWith(null);
  });

  it('lists in pages of the largest size when asked to, cluster-wide only', () => {
    probe(() => usePods({ largePages: true }));
    expect(own.mock.lastCall?.[0]?.limit).toBe(LARGE_PODS_PAGE_SIZE);
    probe(() => usePods({ namespace: 'bookinfo', largePages: true }));
    expect(watch.mock.lastCall?.[0]?.limit).toBeUndefined();
  });

  it('selects ztunnel pods by label in their namespace, in a list of its own (one per node)', () => {
    probe(() => useZtunnelPods({ namespace: 'ztunnel' }));
    expect(own).toHaveBeenLastCalledWith(
      expect.objectContaining({
        namespace: 'ztunnel',
        selector: { matchLabels: { app: 'ztunnel' } },
      }),
      PodModel,
    );
    expect(watch).toHaveBeenLastCalledWith(null);
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
    // switched off: "loaded" with nothing, as the console answers it, but no list at all
    answerWatches((r) => (r ? [pods(3), true, undefined] : [undefined, true, undefined]));
    expect(probe(() => usePods({ enabled: false })).complete).toBe(false);
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

describe('usePodsPreview: the first pods of the cluster-wide list, read once', () => {
  const read = jest.mocked(k8sListItems);
  const SIZE = 100;
  const seen: { current?: PodsWatch } = {};
  const Probe: React.FC<{ enabled: boolean }> = ({ enabled }) => {
    seen.current = usePodsPreview({ size: SIZE, enabled });
    return null;
  };
  const pods = (n: number) => Array.from({ length: n }, (_, i) => pod('app', `p-${i}`));
  /** Lets the read's promise settle inside React's act. */
  const settle = () => act(() => Promise.resolve());

  beforeEach(() => read.mockReset());

  it('reads the first pods once, and says whether they are all of them', async () => {
    const first = pods(SIZE);
    implement(read, () => Promise.resolve(first));
    const { rerender } = render(<Probe enabled />);
    expect(seen.current?.loaded).toBe(false);
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
    expect(read.mock.lastCall?.[0]?.queryParams).toEqual({ limit: String(SIZE) });
    expect(seen.current).toEqual({ pods: first, loaded: true, error: undefined, complete: false });
    // a render is not a read
    rerender(<Probe enabled />);
    await settle();
    expect(read).toHaveBeenCalledTimes(1);

    // a cluster with fewer pods: the read holds all of them
    const few = pods(3);
    implement(read, () => Promise.resolve(few));
    render(<Probe enabled />);
    await settle();
    expect(seen.current).toEqual({ pods: few, loaded: true, error: undefined, complete: true });
  });

  it('keeps a refusal as its error, and reads nothing while switched off', async () => {
    const refused = Object.assign(new Error('forbidden'), { code: 403 });
    implement(read, () => Promise.reject(refused));
    render(<Probe enabled={false} />);
    await settle();
    expect(read).not.toHaveBeenCalled();
    expect(seen.current?.loaded).toBe(false);
    render(<Probe enabled />);
    await settle();
    expect(seen.current).toMatchObject({ loaded: false, error: refused, pods: [] });
  });

  it('reads again when switched on again, never showing the earlier read meanwhile', async () => {
    const first = pods(2);
    implement(read, () => Promise.resolve(first));
    const { rerender } = render(<Probe enabled />);
    await settle();
    expect(seen.current?.pods).toBe(first);
    rerender(<Probe enabled={false} />);
    expect(seen.current?.loaded).toBe(false);
    const second = pods(3);
    implement(read, () => Promise.resolve(second));
    rerender(<Probe enabled />);
    expect(seen.current?.loaded).toBe(false);
    await settle();
    expect(read).toHaveBeenCalledTimes(2);
    expect(seen.current?.pods).toBe(second);
  });

  it('drops an answer that comes after it was switched off', async () => {
    let answer: (p: ReturnType<typeof pods>) => void = () => undefined;
    implement(read, () => new Promise((resolve) => (answer = resolve)));
    const { rerender } = render(<Probe enabled />);
    rerender(<Probe enabled={false} />);
    answer(pods(2));
    await settle();
    expect(seen.current?.loaded).toBe(false);
  });
});
