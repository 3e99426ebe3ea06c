import * as React from 'react';
import { act, render } from '@testing-library/react';
import { k8sListItems, type WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { node, ns, pod, ztunnelPod } from '../../testing/objects';
import type { ZTunnelKind } from '../../k8s/ztunnel/types';
import { answerWatches, implement, switchedOffAnswer, type WatchAnswer } from '../../testing/watch';
import { LARGE_NAMESPACES_PAGE_SIZE, LARGE_PODS_PAGE_SIZE } from '../../mesh/scope/podsPageSize';
import type { PodKind } from '../../k8s/pod/types';
import { TopologyCache } from '../../mesh/topology/rowCache';
import { LIST_QUIET_MS } from '../../utils/useListsWhole';
import { UPDATE_DEBOUNCE_MS, useTopologyData, type TopologyData } from './useTopologyData';

/** The page size of the Topology page's cluster-wide pods watch (`largePages`). */
const ALL_PODS_PAGE_SIZE = LARGE_PODS_PAGE_SIZE;

const podsOf = (n: number): PodKind[] =>
  Array.from({ length: n }, (_, i) => pod('app', `p-${i}`, { node: 'n1', ip: `10.0.0.${i}` }));

// one array per list, as the console hands the same data to every render until it changes
const NAMESPACES = [ns('app')];
const NODES = [node('n1')];
const NONE: never[] = [];

/** Every watch answers at once; the cluster-wide pods with `pods`. */
const answerWith = (pods: PodKind[]) =>
  answerWatches((res: WatchK8sResource | null): WatchAnswer => {
    if (!res) return switchedOffAnswer();
    const kind = res.groupVersionKind?.kind;
    if (kind === 'Pod') return [res.namespace ? NONE : pods, true, undefined];
    if (kind === 'Namespace') return [NAMESPACES, true, undefined];
    if (kind === 'Node') return [NODES, true, undefined];
    return [NONE, true, undefined];
  });

/**
 * The first reads: of the namespaces, their first page (`namespaces`); of the pods, never
 * answered (these tests follow the watch, its rows shown: `listAll`).
 */
const firstReads = (namespaces: unknown[]) =>
  implement(jest.mocked(k8sListItems), ({ model }) =>
    model.kind === 'Namespace' ? Promise.resolve(namespaces) : new Promise(() => undefined),
  );
/** Lets the first reads' answers settle. */
const settleReads = () => act(() => Promise.resolve());
beforeEach(() => firstReads(NAMESPACES));

const seen: { current?: TopologyData; renders: TopologyData[] } = { renders: [] };
const Probe: React.FC<{ tick: number }> = () => {
  seen.current = useTopologyData(undefined, { listAll: true });
  seen.renders.push(seen.current);
  return null;
};
const rows = () => seen.current?.model.rows.length;

describe('useTopologyData: when the model follows the pods list', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('shows the first page at once, then the whole list as soon as its last page is in', () => {
    answerWith(podsOf(ALL_PODS_PAGE_SIZE));
    const { rerender } = render(<Probe tick={0} />);
    expect(seen.current?.loaded).toBe(true);
    expect(rows()).toBe(ALL_PODS_PAGE_SIZE);
    // a full page: more may follow
    expect(seen.current?.whole).toBe(false);

    // a full page more: the list may go on, so the update waits for the debounce
    answerWith(podsOf(2 * ALL_PODS_PAGE_SIZE));
    rerender(<Probe tick={1} />);
    expect(rows()).toBe(ALL_PODS_PAGE_SIZE);

    // a short page: the last one, shown without waiting
    answerWith(podsOf(2 * ALL_PODS_PAGE_SIZE + 5));
    rerender(<Probe tick={2} />);
    expect(rows()).toBe(2 * ALL_PODS_PAGE_SIZE + 5);
    expect(seen.current?.whole).toBe(true);

    // later changes (watch events) are debounced again
    answerWith(podsOf(2 * ALL_PODS_PAGE_SIZE + 7));
    rerender(<Probe tick={3} />);
    expect(rows()).toBe(2 * ALL_PODS_PAGE_SIZE + 5);
    act(() => {
      jest.advanceTimersByTime(UPDATE_DEBOUNCE_MS);
    });
    expect(rows()).toBe(2 * ALL_PODS_PAGE_SIZE + 7);
  });

  it('says it is still listing until the last page is in, and not again for later events', () => {
    answerWith(podsOf(ALL_PODS_PAGE_SIZE));
    const { rerender } = render(<Probe tick={0} />);
    // a full page: more may follow
    expect(seen.current?.listing).toBe(true);
    answerWith(podsOf(2 * ALL_PODS_PAGE_SIZE + 5));
    rerender(<Probe tick={1} />);
    expect(seen.current?.listing).toBe(false);
    // a watch event later: an update, not a list still loading
    answerWith(podsOf(2 * ALL_PODS_PAGE_SIZE + 6));
    rerender(<Probe tick={2} />);
    expect(seen.current?.listing).toBe(false);
  });

  it('ends listing a list whose size is a multiple of the page size once nothing new comes', () => {
    answerWith(podsOf(ALL_PODS_PAGE_SIZE));
    const { rerender } = render(<Probe tick={0} />);
    answerWith(podsOf(2 * ALL_PODS_PAGE_SIZE));
    rerender(<Probe tick={1} />);
    expect(seen.current?.listing).toBe(true);
    act(() => {
      jest.advanceTimersByTime(UPDATE_DEBOUNCE_MS);
    });
    expect(rows()).toBe(2 * ALL_PODS_PAGE_SIZE);
    expect(seen.current?.listing).toBe(false);
  });

  it("is whole only once every namespace is in: a pod's enrollment follows its namespace", async () => {
    // the cluster's pods all listed; one of them in a namespace past the console's first page
    const pods = [...podsOf(4), pod('late', 'web', { node: 'n1', ip: '10.0.1.1' })];
    const firstPage = [ns('app'), ...Array.from({ length: 249 }, (_, i) => ns(`other-${i}`))];
    let large: WatchAnswer = [undefined, false, undefined];
    const answer = () =>
      answerWatches((res: WatchK8sResource | null): WatchAnswer => {
        if (!res) return switchedOffAnswer();
        const kind = res.groupVersionKind?.kind;
        if (kind === 'Pod') return [res.namespace ? NONE : pods, true, undefined];
        if (kind === 'Namespace') {
          return res.limit === LARGE_NAMESPACES_PAGE_SIZE ? large : [firstPage, true, undefined];
        }
        if (kind === 'Node') return [NODES, true, undefined];
        return [NONE, true, undefined];
      });
    const lateRow = () => seen.current?.model.rows.find((r) => r.namespace === 'late');
    answer();
    firstReads(firstPage);
    const { rerender } = render(<Probe tick={0} />);
    await settleReads();
    expect(rows()).toBe(5);
    // its namespace not listed yet: nothing says it is enrolled
    expect(lateRow()?.wantsAmbient).toBe(false);
    expect(seen.current?.whole).toBe(false);
    expect(seen.current?.listing).toBe(true);
    // nothing new for a while: the namespaces' whole list is still awaited, so still listing
    act(() => {
      jest.advanceTimersByTime(5 * UPDATE_DEBOUNCE_MS);
    });
    expect(seen.current?.listing).toBe(true);

    // the whole list in one page, with the namespace that enrolls the pod
    large = [[...firstPage, ns('late', { 'istio.io/dataplane-mode': 'ambient' })], true, undefined];
    answer();
    rerender(<Probe tick={1} />);
    expect(seen.current?.whole).toBe(true);
    expect(seen.current?.listing).toBe(false);
    expect(lateRow()?.wantsAmbient).toBe(true);
    expect(lateRow()?.decidedBy).toBe('namespace');
  });

  it("shows a chosen namespace's rows right from the first: that namespace read by name", async () => {
    const firstPage = Array.from({ length: 250 }, (_, i) => ns(`app-${i}`));
    firstReads(firstPage);
    answerWatches((res: WatchK8sResource | null): WatchAnswer => {
      if (!res) return switchedOffAnswer();
      const kind = res.groupVersionKind?.kind;
      if (kind === 'Pod' && !res.selector) {
        return [[pod('late', 'web', { node: 'n1', ip: '10.0.1.1' })], true, undefined];
      }
      if (kind === 'Namespace' && res.name === 'late') {
        return [ns('late', { 'istio.io/dataplane-mode': 'ambient' }), true, undefined];
      }
      // the list's first page, without it; its large page not in yet
      if (kind === 'Namespace') {
        return res.limit === LARGE_NAMESPACES_PAGE_SIZE
          ? [undefined, false, undefined]
          : [firstPage, true, undefined];
      }
      if (kind === 'Node') return [NODES, true, undefined];
      return [NONE, true, undefined];
    });
    let data: TopologyData | undefined;
    const InNamespace = () => {
      data = useTopologyData('late', { listAll: true });
      return null;
    };
    render(<InNamespace />);
    await settleReads();
    expect(data?.model.rows).toHaveLength(1);
    expect(data?.model.rows[0].wantsAmbient).toBe(true);
    expect(data?.model.rows[0].decidedBy).toBe('namespace');
  });

  it('takes a list the size of a full page as whole once it stayed unchanged a while', () => {
    // 250 nodes: a full page of the console's 250, which may have more after it
    const nodes = Array.from({ length: 250 }, (_, i) => node(`n${i}`));
    answerWatches((res: WatchK8sResource | null): WatchAnswer => {
      if (!res) return switchedOffAnswer();
      const kind = res.groupVersionKind?.kind;
      if (kind === 'Pod') return [res.namespace ? NONE : podsOf(5), true, undefined];
      if (kind === 'Namespace') return [NAMESPACES, true, undefined];
      if (kind === 'Node') return [nodes, true, undefined];
      return [NONE, true, undefined];
    });
    render(<Probe tick={0} />);
    expect(rows()).toBe(5);
    expect(seen.current?.whole).toBe(false);
    act(() => {
      jest.advanceTimersByTime(LIST_QUIET_MS);
    });
    expect(seen.current?.whole).toBe(true);
    expect(seen.current?.listing).toBe(false);
  });

  it('is loaded only once the model of its first data is built: never empty before its rows', async () => {
    jest.useRealTimers();
    seen.renders = [];
    // the pods still loading, everything else listed
    answerWatches((res: WatchK8sResource | null): WatchAnswer => {
      const kind = res?.groupVersionKind?.kind;
      if (kind === 'Pod') return [NONE, false, undefined];
      if (kind === 'Namespace') return [NAMESPACES, true, undefined];
      return [NONE, true, undefined];
    });
    const { rerender } = render(<Probe tick={0} />);
    answerWith(podsOf(ALL_PODS_PAGE_SIZE + 10));
    rerender(<Probe tick={1} />);
    for (let i = 0; i < 50 && rows() !== ALL_PODS_PAGE_SIZE + 10; i += 1) {
      await act(() => new Promise<void>((resolve) => setTimeout(resolve, 5)));
    }
    expect(rows()).toBe(ALL_PODS_PAGE_SIZE + 10);
    const loadedRenders = seen.renders.filter((r) => r.loaded);
    expect(loadedRenders.length).toBeGreaterThan(0);
    expect(loadedRenders.map((r) => r.model.rows.length)).not.toContain(0);
  });

  it("derives the rows of the pages held back ahead, when idle, and each pod's row once", async () => {
    // count the rows derived, not the rows looked up
    const made = jest.fn();
    const row = TopologyCache.prototype.row;
    const spy = jest.spyOn(TopologyCache.prototype, 'row').mockImplementation(function (
      this: TopologyCache,
      p,
      ctx,
      ztunnel,
      make,
    ) {
      return row.call(this, p, ctx, ztunnel, () => {
        made();
        return make();
      });
    });
    // the browser's idle periods, given by the test; the debounce's timer never fires (fake time)
    const idleQueue: IdleRequestCallback[] = [];
    window.requestIdleCallback = (cb) => idleQueue.push(cb);
    const deadline: IdleDeadline = { didTimeout: false, timeRemaining: () => 50 };
    /** Lets the builds' slices and the idle periods run until `done`, time standing still. */
    const until = async (done: () => boolean, idle = true) => {
      for (let i = 0; i < 500 && !done(); i += 1) {
        await act(async () => {
          jest.advanceTimersByTime(0);
          if (idle) idleQueue.splice(0).forEach((cb) => cb(deadline));
          await Promise.resolve();
        });
      }
    };
    try {
      // the pages of one list: the same pod objects, page after page
      const all = podsOf(2 * ALL_PODS_PAGE_SIZE + 5);
      answerWith(all.slice(0, ALL_PODS_PAGE_SIZE));
      const { rerender } = render(<Probe tick={0} />);
      await until(() => rows() === ALL_PODS_PAGE_SIZE);
      expect(made).toHaveBeenCalledTimes(ALL_PODS_PAGE_SIZE);

      // the second page is held back by the debounce; nothing is derived while the browser is busy
      answerWith(all.slice(0, 2 * ALL_PODS_PAGE_SIZE));
      rerender(<Probe tick={1} />);
      await until(() => false, false);
      expect(made).toHaveBeenCalledTimes(ALL_PODS_PAGE_SIZE);
      // and its rows are derived when it is idle, the model still that of the first page
      await until(() => made.mock.calls.length >= 2 * ALL_PODS_PAGE_SIZE);
      expect(made).toHaveBeenCalledTimes(2 * ALL_PODS_PAGE_SIZE);
      expect(rows()).toBe(ALL_PODS_PAGE_SIZE);
      expect(seen.current?.listing).toBe(true);

      // the last page: all rows, only its own pods derived
      answerWith(all);
      rerender(<Probe tick={2} />);
      await until(() => rows() === all.length);
      expect(rows()).toBe(all.length);
      expect(made).toHaveBeenCalledTimes(all.length);
    } finally {
      spy.mockRestore();
      delete (window as Partial<Window>).requestIdleCallback;
    }
  });

  it("derives no row before the lists every row depends on are in, then each pod's row once", () => {
    const made = jest.spyOn(TopologyCache.prototype, 'row');
    const pods = podsOf(5);
    // the pods listed, the waypoint Gateways not yet
    answerWatches((res: WatchK8sResource | null): WatchAnswer => {
      const kind = res?.groupVersionKind?.kind;
      if (kind === 'Pod') return [res?.namespace ? NONE : pods, true, undefined];
      if (kind === 'Gateway') return [undefined, false, undefined];
      if (kind === 'Namespace') return [NAMESPACES, true, undefined];
      if (kind === 'Node') return [NODES, true, undefined];
      return [NONE, true, undefined];
    });
    const { rerender } = render(<Probe tick={0} />);
    expect(seen.current?.loaded).toBe(false);
    // rows made now would be made again: the Gateways decide every row's waypoint
    expect(made).not.toHaveBeenCalled();

    answerWith(pods);
    rerender(<Probe tick={1} />);
    expect(rows()).toBe(5);
    expect(made).toHaveBeenCalledTimes(5);
    made.mockRestore();
  });

  it('asks for the ztunnel pods at once, and builds only with those of the namespace the ZTunnel names', () => {
    const asked: (string | undefined)[] = [];
    let ztunnels: WatchAnswer = [undefined, false, undefined];
    const moved: ZTunnelKind = {
      apiVersion: 'sailoperator.io/v1',
      kind: 'ZTunnel',
      metadata: { name: 'default' },
      spec: { namespace: 'istio-ztunnel' },
    };
    const pods = podsOf(3);
    answerWatches((res: WatchK8sResource | null): WatchAnswer => {
      if (!res) return switchedOffAnswer();
      const kind = res.groupVersionKind?.kind;
      if (kind === 'ZTunnel') return ztunnels;
      if (kind === 'Pod' && res.selector) {
        asked.push(res.namespace);
        // the pods of the namespace the ZTunnel names are not listed yet
        return res.namespace === 'ztunnel'
          ? [[ztunnelPod('n1')], true, undefined]
          : [undefined, false, undefined];
      }
      if (kind === 'Pod') return [pods, true, undefined];
      if (kind === 'Namespace') return [NAMESPACES, true, undefined];
      if (kind === 'Node') return [NODES, true, undefined];
      return [NONE, true, undefined];
    });
    const { rerender } = render(<Probe tick={0} />);
    // the ZTunnel CRs still listing: the ztunnel pods of the default namespace are asked for
    expect(asked).toContain('ztunnel');
    expect(seen.current?.loaded).toBe(false);

    // the ZTunnel names another namespace: its pods are asked for, and nothing is built before
    // they are in (the default namespace's pods are not the ones ztunnel runs)
    ztunnels = [[moved], true, undefined];
    rerender(<Probe tick={1} />);
    expect(asked).toContain('istio-ztunnel');
    expect(seen.current?.loaded).toBe(false);
    expect(rows()).toBe(0);
  });
});
