import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bodyShown } from '../../testing/deferredBody';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import {
  k8sListItems,
  useK8sWatchResource,
  type WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { captured, node, ns, pod, waypoint, ztunnelPod } from '../../testing/objects';
import { answerWatches, implement, switchedOffAnswer, type WatchAnswer } from '../../testing/watch';
import { LARGE_PODS_PAGE_SIZE } from '../../mesh/scope/podsPageSize';
import { PREVIEW_PODS } from './useTopologyPods';
import TopologyPage from './TopologyPage';

// The graph (react-topology, an ES module the console shares) is covered by the browser tests.
// Its code is loaded when this factory runs (the page's `import()`).
let mockGraphLoads = 0;
jest.mock('./graph/TopologyGraph', () => {
  mockGraphLoads += 1;
  return { TopologyGraph: () => null };
});

const watch = jest.mocked(useK8sWatchResource);

const pods = [
  pod('bookinfo', 'productpage-v1', { node: 'worker-0', annotations: captured, ip: '10.0.0.1' }),
  pod('bookinfo', 'ratings-v1', {
    node: 'worker-0',
    labels: { 'istio.io/dataplane-mode': 'none' },
    ip: '10.0.0.2',
  }),
  pod('bookinfo', 'reviews-v1', { node: 'worker-1', ip: '10.0.0.3' }),
  pod('other', 'db', { node: 'worker-0', ip: '10.0.0.4' }),
];
const data: Record<string, unknown[]> = {
  Node: [node('worker-0'), node('worker-1')],
  Namespace: [
    ns('bookinfo', { 'istio.io/dataplane-mode': 'ambient', 'istio.io/use-waypoint': 'waypoint' }),
    ns('other'),
  ],
  Gateway: [waypoint('bookinfo', 'waypoint')],
  Istio: [],
  ZTunnel: [],
  Service: [],
};

const answer = (res: WatchK8sResource | null): WatchAnswer => {
  if (!res) return switchedOffAnswer();
  const kind = res.groupVersionKind?.kind ?? '';
  if (kind === 'Pod') {
    if (res.selector?.matchLabels?.app === 'ztunnel') {
      return [[ztunnelPod('worker-0'), ztunnelPod('worker-1', false)], true, undefined];
    }
    return [
      pods.filter((p) => !res.namespace || p.metadata?.namespace === res.namespace),
      true,
      undefined,
    ];
  }
  return [data[kind] ?? [], true, undefined];
};

const renderAt = async (url: string) => {
  const r = render(
    <MemoryRouter initialEntries={[url]}>
      <TopologyPage />
    </MemoryRouter>,
  );
  await bodyShown();
  return r;
};

/**
 * The first reads: of the cluster-wide pods (`usePodsPreview`), their first pods; of the
 * namespaces, their first page.
 */
const firstRead = (all: unknown[]) =>
  implement(jest.mocked(k8sListItems), ({ model }) =>
    Promise.resolve(model.kind === 'Namespace' ? data.Namespace : all.slice(0, PREVIEW_PODS)),
  );

beforeEach(() => {
  watch.mockClear();
  answerWatches(answer);
  firstRead(pods);
});

describe('TopologyPage: workloads table', () => {
  it('lists every pod with protocol, node and the namespace service waypoint', async () => {
    await renderAt('/ambient-mesh/topology');
    const row = screen.getByText('productpage-v1').closest('tr') as HTMLElement;
    expect(within(row).getByText('HBONE')).toBeInTheDocument();
    expect(within(row).getByText('worker-0')).toBeInTheDocument();
    expect(within(row).getByText('10.0.0.1')).toBeInTheDocument();
    expect(row).toHaveTextContent('Services: waypoint');
    const excluded = screen.getByText('ratings-v1').closest('tr') as HTMLElement;
    expect(within(excluded).getByText('TCP')).toBeInTheDocument();
    expect(within(excluded).getByText('Opted out (pod label)')).toBeInTheDocument();
  });

  it('flags a pod on a node whose ztunnel is not ready', async () => {
    await renderAt('/ambient-mesh/topology');
    const row = screen.getByText('reviews-v1').closest('tr') as HTMLElement;
    expect(within(row).getAllByText('ztunnel not ready').length).toBeGreaterThan(0);
    expect(within(row).getAllByText('On a node without a ready ztunnel').length).toBeGreaterThan(0);
  });

  it('follows ?namespace= and watches only that namespace', async () => {
    await renderAt('/ambient-mesh/topology?namespace=other');
    expect(screen.getByText('db')).toBeInTheDocument();
    expect(screen.queryByText('productpage-v1')).not.toBeInTheDocument();
    const podWatches = watch.mock.calls
      .map(([res]) => res)
      .filter((r) => r?.groupVersionKind?.kind === 'Pod' && !r.selector);
    expect(podWatches.every((r) => r?.namespace === 'other')).toBe(true);
  });

  it('filters to problems only and by pod name', async () => {
    await renderAt('/ambient-mesh/topology');
    await userEvent.click(screen.getByLabelText('Problems only'));
    expect(screen.getByText('reviews-v1')).toBeInTheDocument();
    expect(screen.queryByText('productpage-v1')).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Problems only'));
    await userEvent.type(screen.getByPlaceholderText('Search by pod name'), 'ratings');
    expect(screen.getByText('ratings-v1')).toBeInTheDocument();
    expect(screen.queryByText('db')).not.toBeInTheDocument();
  }, 30000);

  it('clears every filter, the namespace too', async () => {
    await renderAt('/ambient-mesh/topology?namespace=other');
    expect(screen.queryByText('productpage-v1')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('productpage-v1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  }, 30000);

  it('shows the first rows from one read, and lists every pod in large pages meanwhile', async () => {
    // the cluster-wide list still loading
    answerWatches((res) =>
      res?.groupVersionKind?.kind === 'Pod' && !res.selector && !res.namespace
        ? [undefined, false, undefined]
        : answer(res),
    );
    await renderAt('/ambient-mesh/topology');
    expect(await screen.findByText('productpage-v1')).toBeInTheDocument();
    const podsRead = jest.mocked(k8sListItems).mock.calls.find(([o]) => o.model.kind === 'Pod');
    expect(podsRead?.[0].queryParams).toEqual({ limit: String(PREVIEW_PODS) });
    const listed = watch.mock.calls
      .map(([res]) => res)
      .filter((r) => r?.groupVersionKind?.kind === 'Pod' && !r.selector && !r.namespace);
    expect(listed.map((r) => r?.limit)).toContain(LARGE_PODS_PAGE_SIZE);
  });

  it('shows a load error of the pods watch', async () => {
    answerWatches((res) =>
      res?.groupVersionKind?.kind === 'Pod' && !res.selector
        ? [[], true, new Error('pods are forbidden')]
        : answer(res),
    );
    await renderAt('/ambient-mesh/topology');
    expect(screen.getByText('pods are forbidden')).toBeInTheDocument();
  });
});

describe("TopologyPage: the graph's code", () => {
  afterEach(() => jest.useRealTimers());

  it('is fetched ahead once the whole list is shown and the page is idle, not before', async () => {
    // a full first page of the cluster-wide list: more pages may follow
    const page = Array.from({ length: LARGE_PODS_PAGE_SIZE }, (_, i) =>
      pod('bookinfo', `p-${i}`, { node: 'worker-0', ip: `10.1.${i >> 8}.${i & 255}` }),
    );
    answerWatches((res) =>
      res?.groupVersionKind?.kind === 'Pod' && !res.selector && !res.namespace
        ? [page, true, undefined]
        : answer(res),
    );
    firstRead(page);
    const before = mockGraphLoads;
    // the body's code loads on real timers; the page's own timers from here on are fake
    const { rerender } = await renderAt('/ambient-mesh/topology');
    jest.useFakeTimers();
    await act(async () => {
      jest.advanceTimersByTime(10000);
    });
    expect(mockGraphLoads).toBe(before);

    // the last page is in (a short one): the code is fetched when the browser is next idle
    answerWatches(answer);
    firstRead(pods);
    rerender(
      <MemoryRouter initialEntries={['/ambient-mesh/topology']}>
        <TopologyPage />
      </MemoryRouter>,
    );
    await act(async () => {
      jest.advanceTimersByTime(10000);
    });
    expect(mockGraphLoads).toBe(before + 1);
  });
});
