import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  k8sPatch,
  useK8sWatchResource,
  type WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { LARGE_NAMESPACES_PAGE_SIZE, LARGE_PODS_PAGE_SIZE } from '../../../mesh/scope/podsPageSize';
import { bodyShown } from '../../../testing/deferredBody';
import { MemoryRouter, useLocation } from 'react-router-dom-v5-compat';
import NamespacesPage from './NamespacesPage';
import { ns, pod, serve } from '../../../testing/enrollmentCluster';
import { answerWatches, switchedOffAnswer, type WatchAnswer } from '../../../testing/watch';

configure({ testIdAttribute: 'data-test' });
const patch = jest.mocked(k8sPatch);
let location = '';
const Where = () => {
  location = useLocation().search;
  return null;
};
const page = async (url = '/ambient-mesh/namespaces') => {
  const r = render(
    <MemoryRouter initialEntries={[url]}>
      <NamespacesPage />
      <Where />
    </MemoryRouter>,
  );
  await bodyShown();
  return r;
};
const row = (name: string) => screen.getByTestId(`ns-row-${name}`);

describe('NamespacesPage', () => {
  beforeEach(() => {
    patch.mockReset();
    serve({
      namespaces: [
        ns('bookinfo', { 'istio.io/dataplane-mode': 'ambient' }),
        ns('shop'),
        ns('legacy', { 'istio-injection': 'enabled' }),
      ],
      pods: [
        pod('productpage', 'bookinfo', { captured: true }),
        pod('reviews', 'bookinfo'),
        pod('cart', 'shop'),
      ],
    });
  });

  it('shows each namespace with its data plane, captured pods and toggle', async () => {
    await page();
    expect(within(row('bookinfo')).getByTestId('data-plane')).toHaveTextContent('Ambient');
    expect(within(row('bookinfo')).getByTestId('captured')).toHaveTextContent('1 of 2');
    expect(within(row('legacy')).getByTestId('data-plane')).toHaveTextContent('Sidecar');
    expect(within(row('shop')).getByRole('switch')).not.toBeChecked();
    expect(within(row('bookinfo')).getByRole('switch')).toBeChecked();
  });

  it('lists the pods in large pages once the rows show, counting none before they are in', async () => {
    const watch = jest.mocked(useK8sWatchResource);
    const served = watch.getMockImplementation();
    const asked: WatchK8sResource[] = [];
    answerWatches((r): WatchAnswer => {
      // as the console: a watch switched off answers "loaded" with nothing
      if (!r) return switchedOffAnswer();
      const all = r.groupVersionKind?.kind === 'Pod' && !r.namespace && !r.selector;
      if (all) asked.push(r);
      // the pods list not in yet
      if (all) return [undefined, false, undefined];
      return served ? (served(r) as WatchAnswer) : [undefined, false, undefined];
    });
    await page();
    expect(within(row('bookinfo')).getByTestId('captured')).toHaveTextContent('Loading');
    expect(asked.map((r) => r.limit)).toContain(LARGE_PODS_PAGE_SIZE);
  });

  it('says more namespaces are coming until the whole list is in, read again in one page', async () => {
    const firstPage = Array.from({ length: 250 }, (_, i) => ns(`ns-${String(i).padStart(3, '0')}`));
    const whole = [...firstPage, ns('zz-last')];
    serve({ namespaces: whole, pods: [] });
    const served = jest.mocked(useK8sWatchResource).getMockImplementation();
    let large: WatchAnswer = [undefined, false, undefined];
    answerWatches((r): WatchAnswer => {
      if (r?.groupVersionKind?.kind === 'Namespace' && !r.name) {
        return r.limit === LARGE_NAMESPACES_PAGE_SIZE ? large : [firstPage, true, undefined];
      }
      return served ? (served(r) as WatchAnswer) : [undefined, false, undefined];
    });
    const { rerender } = await page();
    // the console's first page of 250: more may follow
    expect(screen.getByTestId('namespaces-listing')).toHaveTextContent('Loading more namespaces…');
    large = [whole, true, undefined];
    act(() => {
      rerender(
        <MemoryRouter initialEntries={['/ambient-mesh/namespaces']}>
          <NamespacesPage />
          <Where />
        </MemoryRouter>,
      );
    });
    expect(screen.queryByTestId('namespaces-listing')).not.toBeInTheDocument();
    expect(screen.getAllByText('251').length).toBeGreaterThan(0);
  });

  it('enrolls with one patch of one label, shows it at once, and rolls back on failure', async () => {
    let reject: (e: unknown) => void = () => undefined;
    patch.mockImplementation(() => new Promise((_ok, no) => (reject = no)));
    await page();
    fireEvent.click(within(row('shop')).getByRole('switch'));
    expect(patch).toHaveBeenCalledTimes(1);
    expect(patch.mock.calls[0][0].data).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '1' },
      { op: 'add', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' },
    ]);
    expect(within(row('shop')).getByRole('switch')).toBeChecked();
    await act(async () => reject(Object.assign(new Error('the server said no'), { code: 500 })));
    expect(within(row('shop')).getByRole('switch')).not.toBeChecked();
    expect(screen.getByText('the server said no')).toBeInTheDocument();
  });

  it('shows the pre-flight checks before enrolling a namespace with sidecar injection', async () => {
    await page();
    fireEvent.click(within(row('legacy')).getByRole('switch'));
    expect(patch).not.toHaveBeenCalled();
    expect(screen.getByText('Sidecar injection is on')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText(/Migrate from sidecars/));
    fireEvent.click(screen.getByRole('button', { name: 'Add to ambient mesh' }));
    expect(patch.mock.calls[0][0].data).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '1' },
      { op: 'add', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' },
      { op: 'test', path: '/metadata/labels/istio-injection', value: 'enabled' },
      { op: 'remove', path: '/metadata/labels/istio-injection' },
    ]);
  });

  it('asks whether to remove or exclude when turning a namespace off', async () => {
    patch.mockResolvedValue({});
    await page();
    fireEvent.click(within(row('bookinfo')).getByRole('switch'));
    fireEvent.click(screen.getByLabelText('Exclude'));
    fireEvent.click(screen.getByRole('button', { name: 'Exclude' }));
    expect(patch.mock.calls[0][0].data).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '1' },
      { op: 'test', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'ambient' },
      { op: 'replace', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'none' },
    ]);
  });

  it('filters by name and by data plane', async () => {
    await page();
    fireEvent.change(screen.getByLabelText('Filter by data plane'), {
      target: { value: 'sidecar' },
    });
    expect(screen.queryByTestId('ns-row-bookinfo')).toBeNull();
    expect(row('legacy')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Filter by data plane'), { target: { value: 'all' } });
    fireEvent.change(screen.getByPlaceholderText('Filter by name'), { target: { value: 'sho' } });
    expect(screen.getAllByTestId(/^ns-row-/)).toHaveLength(1);
  });

  it('disables the toggle with the reason when the user may not patch', async () => {
    serve({ namespaces: [ns('shop')], pods: [] }, false);
    await page();
    expect(within(row('shop')).getByRole('switch')).toBeDisabled();
    expect(screen.getByTestId('ambient-switch-disabled-shop')).toBeInTheDocument();
    // a user who may not list namespaces gets the project list, and links to project pages
    expect(within(row('shop')).getByRole('link', { name: 'shop' })).toHaveAttribute(
      'href',
      '/k8s/cluster/projects/shop/ambient-mesh',
    );
  });

  it('uses a bounded number of watches, none per row', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ns(`ns-${i}`));
    serve({ namespaces: many, pods: [] });
    const watch = jest.mocked(useK8sWatchResource);
    watch.mockClear();
    await page();
    const kinds = new Set(
      watch.mock.calls.map((c) => JSON.stringify(c[0] && { ...c[0], name: undefined })),
    );
    // namespaces, pods, gateways, Istio, IstioCNI, ZTunnel v1 and v1alpha1, ztunnel pods,
    // IstioRevisionTags, and one spare for the projects fallback
    expect(kinds.size).toBeLessThanOrEqual(11);
    // the rows the window can show first (768 px: 508 below the page's head, rows of at least
    // 40 px), then the whole page of 50
    expect(window.innerHeight).toBe(768);
    expect(screen.getAllByTestId(/^ns-row-/)).toHaveLength(13);
    await waitFor(() => expect(screen.getAllByTestId(/^ns-row-/)).toHaveLength(50));
  });

  it('selects the whole page from "select all", even before every row is drawn', async () => {
    serve({ namespaces: Array.from({ length: 300 }, (_, i) => ns(`ns-${i}`)), pods: [] });
    await page();
    expect(screen.getAllByTestId(/^ns-row-/).length).toBeLessThan(50);
    fireEvent.click(screen.getByLabelText('Select all on this page'));
    expect(screen.getByText('Clear selection (50)')).toBeInTheDocument();
  });

  it('keeps filters, sort and page in the query string, and opens a shared link as it was', async () => {
    await page();
    fireEvent.change(screen.getByLabelText('Filter by data plane'), {
      target: { value: 'sidecar' },
    });
    expect(location).toBe('?dataPlane=sidecar');
    fireEvent.change(screen.getByPlaceholderText('Filter by name'), { target: { value: 'leg' } });
    expect(location).toBe('?dataPlane=sidecar&name=leg');
    screen
      .getAllByTestId(/^ns-row-/)
      .forEach((r) => expect(r).toHaveAttribute('data-test', 'ns-row-legacy'));
  });

  it('restores the view from the query string', async () => {
    await page('/ambient-mesh/namespaces?sort=-name&name=o');
    const names = screen.getAllByTestId(/^ns-row-/).map((r) => r.getAttribute('data-test'));
    expect(names).toEqual(['ns-row-shop', 'ns-row-bookinfo']);
    expect(screen.getByPlaceholderText('Filter by name')).toHaveValue('o');
  });

  it('hides system namespaces until asked, then guards them with the reason', async () => {
    serve({
      namespaces: [
        ns('shop'),
        ns('kube-system'),
        ns('openshift-dns'),
        ns('istio-cni'),
        ns('default'),
      ],
      pods: [],
    });
    await page();
    expect(screen.getAllByTestId(/^ns-row-/).map((r) => r.getAttribute('data-test'))).toEqual([
      'ns-row-shop',
    ]);
    fireEvent.click(screen.getByLabelText('Show system namespaces'));
    expect(location).toBe('?system=true');
    expect(screen.getAllByTestId(/^ns-row-/)).toHaveLength(5);
    expect(within(row('kube-system')).getByRole('switch')).toBeDisabled();
    expect(within(row('istio-cni')).getByRole('switch')).toBeDisabled();
    expect(within(row('openshift-dns')).getByRole('switch')).toBeDisabled();
    expect(within(row('default')).getByRole('switch')).not.toBeDisabled();
    expect(screen.getByTestId('ambient-switch-disabled-kube-system')).toBeInTheDocument();

    // a bulk enrollment leaves them out, each with the reason
    fireEvent.click(screen.getByLabelText('Select all on this page'));
    fireEvent.click(screen.getByRole('button', { name: 'Add selected to mesh' }));
    const skipped = screen.getByTestId('bulk-skipped');
    expect(skipped).toHaveTextContent('Skipped 3 system namespaces');
    expect(skipped).toHaveTextContent('kube-system: istio-cni never enrolls kube-system');
    expect(skipped).toHaveTextContent("istio-cni: The mesh's own namespaces are never enrolled");
    expect(skipped).not.toHaveTextContent('default:');
    // shop and default remain
    expect(screen.getByRole('dialog')).toHaveTextContent('Add 2 namespaces to the ambient mesh');
  });
});
