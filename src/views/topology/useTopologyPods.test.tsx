import * as React from 'react';
import { act, render } from '@testing-library/react';
import {
  k8sListItems,
  useK8sWatchResource,
  useK8sWatchResources,
  type WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { pod } from '../../testing/objects';
import { answerWatches, implement, switchedOffAnswer, type WatchAnswer } from '../../testing/watch';
import { LARGE_PODS_PAGE_SIZE } from '../../mesh/scope/podsPageSize';
import type { ScopedPodsWatch } from '../../resources/scope/hooks';
import { PREVIEW_PODS, useTopologyPods } from './useTopologyPods';

const read = jest.mocked(k8sListItems);
const watch = jest.mocked(useK8sWatchResource);

const FIRST = [pod('a', 'p-1'), pod('a', 'p-2')];
const ALL = [...FIRST, pod('b', 'p-3')];

const seen: { current?: ScopedPodsWatch } = {};
const Probe: React.FC<{ namespace?: string; listAll: boolean }> = ({ namespace, listAll }) => {
  seen.current = useTopologyPods(namespace, listAll);
  return null;
};
const settle = () => act(() => Promise.resolve());

/** The cluster-wide pod watches asked for (a switched-off watch asks for nothing). */
const clusterWide = () =>
  watch.mock.calls
    .map(([res]) => res)
    .filter((res) => res?.groupVersionKind?.kind === 'Pod' && !res.namespace);

/** The cluster-wide pods watch answers with `pods` (or not yet); projects are not needed. */
const answerPods = (pods: WatchAnswer) =>
  answerWatches((res: WatchK8sResource | null): WatchAnswer => {
    // a switched-off watch: the console answers "loaded" with nothing
    if (!res) return switchedOffAnswer();
    if (res.groupVersionKind?.kind === 'Pod') return pods;
    return [undefined, false, undefined];
  });

describe('useTopologyPods: the first rows from a first read, then the whole list', () => {
  beforeEach(() => {
    watch.mockReset();
    read.mockReset();
  });

  it("shows the first read's pods, and asks for the list in large pages only once they are shown", async () => {
    implement(read, () => Promise.resolve(FIRST));
    answerPods([ALL, true, undefined]);
    const { rerender } = render(<Probe listAll={false} />);
    // nothing yet: not "loaded" with no pods (a switched-off watch's answer)
    expect(seen.current?.loaded).toBe(false);
    await settle();
    expect(read.mock.lastCall?.[0]?.queryParams).toEqual({ limit: String(PREVIEW_PODS) });
    expect(seen.current).toMatchObject({ pods: FIRST, loaded: true, scope: { kind: 'cluster' } });
    expect(clusterWide()).toEqual([]);

    // the first rows are shown: the list is asked for, in pages of the largest size
    answerPods([undefined, false, undefined]);
    rerender(<Probe listAll />);
    expect(clusterWide().map((res) => res?.limit)).toContain(LARGE_PODS_PAGE_SIZE);
    // until its first page is in, the first read's pods stay
    expect(seen.current?.pods).toBe(FIRST);
    expect(seen.current?.loaded).toBe(true);

    const readScope = seen.current?.scope;
    answerPods([ALL, true, undefined]);
    rerender(<Probe listAll />);
    expect(seen.current).toMatchObject({ pods: ALL, loaded: true, scope: { kind: 'cluster' } });
    // the same scope object: the page's memoized body does not render again for it
    expect(seen.current?.scope).toBe(readScope);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('goes to the watch at once when the first read fails', async () => {
    implement(read, () => Promise.reject(Object.assign(new Error('unavailable'), { code: 503 })));
    answerPods([ALL, true, undefined]);
    render(<Probe listAll={false} />);
    await settle();
    expect(clusterWide().length).toBeGreaterThan(0);
    expect(seen.current?.pods).toBe(ALL);
  });

  it("goes to the user's namespaces at once when the server refuses the first read", async () => {
    implement(read, () => Promise.reject(Object.assign(new Error('forbidden'), { code: 403 })));
    const mine = [pod('mine', 'p-9')];
    answerWatches((res: WatchK8sResource | null): WatchAnswer => {
      if (!res) return switchedOffAnswer();
      if (res.groupVersionKind?.kind === 'Project')
        return [[{ kind: 'Project', metadata: { name: 'mine' } }], true, undefined];
      return [undefined, false, undefined];
    });
    implement(jest.mocked(useK8sWatchResources), (resources: Record<string, unknown>) =>
      Object.fromEntries(
        Object.keys(resources).map((ns) => [
          ns,
          { data: ns === 'mine' ? mine : [], loaded: true, loadError: undefined },
        ]),
      ),
    );
    render(<Probe listAll={false} />);
    await settle();
    // the cluster-wide list the first read was refused is not asked for again
    expect(clusterWide()).toEqual([]);
    expect(seen.current?.pods).toEqual(mine);
    expect(seen.current?.scope).toEqual({ kind: 'namespaces', namespaces: ['mine'] });
  });

  it('reads nothing first for one namespace: its watch at once', async () => {
    answerPods([FIRST, true, undefined]);
    render(<Probe namespace="a" listAll={false} />);
    await settle();
    expect(read).not.toHaveBeenCalled();
    expect(watch).toHaveBeenCalledWith(expect.objectContaining({ namespace: 'a', isList: true }));
    expect(seen.current?.pods).toBe(FIRST);
  });
});
