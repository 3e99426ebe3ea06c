import { act, configure, render, screen } from '@testing-library/react';
import { LIST_QUIET_MS } from '../../utils/useListsWhole';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import OverviewPage from './OverviewPage';
import { freshCluster, watchFrom, type FakeCluster } from '../../testing/installCluster';
import { answerWatches } from '../../testing/watch';

configure({ testIdAttribute: 'data-test' });

const show = (cluster: FakeCluster) => {
  answerWatches(watchFrom(cluster));
  return render(
    <MemoryRouter>
      <OverviewPage />
    </MemoryRouter>,
  );
};

const ready = (type: string) => ({ type, status: 'True' as const });

describe('OverviewPage', () => {
  it('proposes the install when the operator is there but ambient mode is not', () => {
    show(freshCluster());
    expect(screen.getByText('Ambient mode is not installed')).toBeInTheDocument();
    expect(screen.getAllByText('Install ambient mode').length).toBeGreaterThan(0);
    expect(screen.getByTestId('operator')).toHaveTextContent('Installed, version 3.1');
  });

  it('links to OperatorHub when the Sail CRDs are absent', () => {
    const c = freshCluster();
    c.crds = {};
    show(c);
    expect(screen.getByText('The Service Mesh 3 operator is not installed')).toBeInTheDocument();
    expect(screen.getByText('Install it from OperatorHub')).toBeInTheDocument();
    expect(screen.queryByText('Install ambient mode')).not.toBeInTheDocument();
  });

  it('blocks when Service Mesh 2.x is present', () => {
    const c = freshCluster();
    c.crds['servicemeshcontrolplanes.maistra.io'] = {
      metadata: { name: 'servicemeshcontrolplanes.maistra.io' },
    };
    show(c);
    expect(screen.getByText('OpenShift Service Mesh 2.x is present')).toBeInTheDocument();
  });

  it('shows CR states, conditions, pods per node and enrollment', () => {
    const c = freshCluster();
    c.lists.Istio = [
      {
        metadata: { name: 'default' },
        spec: { namespace: 'istio-system', version: 'v1.26.8' },
        status: {
          state: 'Healthy',
          conditions: [ready('Reconciled'), ready('Ready'), ready('DependenciesHealthy')],
        },
      },
    ];
    c.lists.IstioCNI = [
      {
        metadata: { name: 'default' },
        spec: { namespace: 'istio-cni' },
        status: {
          state: 'DaemonSetNotReady',
          conditions: [
            ready('Reconciled'),
            {
              type: 'Ready',
              status: 'False',
              reason: 'DaemonSetNotReady',
              message: '1 of 2 ready',
            },
          ],
        },
      },
    ];
    c.lists.Node = [{ metadata: { name: 'n1' } }, { metadata: { name: 'n2' } }];
    const running = { phase: 'Running', conditions: [ready('Ready')] };
    c.lists.Pod = [
      {
        metadata: { name: 'z1', namespace: 'ztunnel', labels: { app: 'ztunnel' } },
        spec: { nodeName: 'n1' },
        status: running,
      },
      {
        metadata: { name: 'i1', namespace: 'istio-system', labels: { app: 'istiod' } },
        spec: { nodeName: 'n2' },
        status: running,
      },
      {
        metadata: {
          name: 'a',
          namespace: 'bookinfo',
          annotations: { 'ambient.istio.io/redirection': 'enabled' },
        },
        spec: { nodeName: 'n1' },
      },
    ];
    c.lists.Namespace = [
      { metadata: { name: 'bookinfo', labels: { 'istio.io/dataplane-mode': 'ambient' } } },
    ];
    show(c);
    expect(screen.getByTestId('state-Istio')).toHaveTextContent('Healthy');
    expect(screen.getByTestId('state-IstioCNI')).toHaveTextContent('DaemonSetNotReady');
    expect(screen.getByText('1 of 2 ready', { selector: 'td' })).toBeInTheDocument();
    expect(screen.getByTestId('state-ZTunnel')).toHaveTextContent('Not created');
    expect(screen.getByText('Nodes without a ready ztunnel: n2')).toBeInTheDocument();
    expect(screen.getByTestId('enrolled-namespaces')).toHaveTextContent('1');
    expect(screen.getByTestId('captured-pods')).toHaveTextContent('1');
  });

  it('writes counts in the thousands with the language separators', () => {
    const c = freshCluster();
    c.lists.Istio = [{ metadata: { name: 'default' }, spec: { namespace: 'istio-system' } }];
    const names = Array.from({ length: 1200 }, (_, i) => `app-${i}`);
    c.lists.Namespace = names.map((name) => ({
      metadata: { name, labels: { 'istio.io/dataplane-mode': 'ambient' } },
    }));
    c.lists.Pod = names.flatMap((namespace) =>
      ['a', 'b'].map((name) => ({
        metadata: {
          name,
          namespace,
          annotations: { 'ambient.istio.io/redirection': 'enabled' },
        },
        spec: { nodeName: 'n1' },
      })),
    );
    show(c);
    expect(screen.getByTestId('enrolled-namespaces')).toHaveTextContent(/^1,200$/);
    expect(screen.getByTestId('captured-pods')).toHaveTextContent(/^2,400$/);
  });

  it('counts only once the lists are all in, not from a page that may be followed by more', () => {
    jest.useFakeTimers();
    try {
      const c = freshCluster();
      c.lists.Istio = [{ metadata: { name: 'default' }, spec: { namespace: 'istio-system' } }];
      // 250 namespaces: a full first page of the console's 250, which may have more after it
      c.lists.Namespace = Array.from({ length: 250 }, (_, i) => ({
        metadata: { name: `app-${i}`, labels: { 'istio.io/dataplane-mode': 'ambient' } },
      }));
      show(c);
      expect(screen.getByTestId('enrolled-namespaces')).toHaveTextContent('Counting…');
      expect(screen.getByTestId('captured-pods')).toHaveTextContent('Counting…');
      // no page more: the list was whole
      act(() => {
        jest.advanceTimersByTime(LIST_QUIET_MS);
      });
      expect(screen.getByTestId('enrolled-namespaces')).toHaveTextContent(/^250$/);
      expect(screen.getByTestId('captured-pods')).toHaveTextContent(/^0$/);
    } finally {
      jest.useRealTimers();
    }
  });

  // sail-operator controllers/istiorevision isRevisionReferenced, controllers/istiorevisiontag.
  it('shows each revision, the tags resolving to it and what uses them', () => {
    const c = freshCluster();
    c.lists.Istio = [
      {
        metadata: { name: 'mesh' },
        spec: {
          namespace: 'istio-cp',
          version: 'v1.30.3',
          updateStrategy: { type: 'RevisionBased' },
        },
        status: { activeRevisionName: 'mesh-v1-30-3', revisions: { inUse: 1 } },
      },
    ];
    c.lists.IstioRevisionTag = [
      {
        metadata: { name: 'default' },
        spec: { targetRef: { kind: 'Istio', name: 'mesh' } },
        status: {
          istioRevision: 'mesh-v1-30-3',
          istiodNamespace: 'istio-cp',
          conditions: [ready('Reconciled'), ready('InUse')],
        },
      },
    ];
    c.lists.Namespace = [
      { metadata: { name: 'legacy', labels: { 'istio-injection': 'enabled' } } },
      { metadata: { name: 'bookinfo', labels: { 'istio.io/dataplane-mode': 'ambient' } } },
    ];
    show(c);
    const row = screen.getByTestId('revision-mesh');
    expect(row).toHaveTextContent('mesh-v1-30-3');
    expect(row).toHaveTextContent('serves unlabelled namespaces and waypoints');
    expect(screen.getByTestId('revision-tags')).toHaveTextContent('default');
    expect(screen.getByTestId('revision-in-use')).toHaveTextContent('Yes');
    expect(screen.getByTestId('revision-used-by')).toHaveTextContent(
      'tag default; via default: 1 namespace (legacy)',
    );
  });

  it('shows a load error', () => {
    answerWatches(() => [undefined, false, new Error('boom')]);
    render(
      <MemoryRouter>
        <OverviewPage />
      </MemoryRouter>,
    );
    expect(screen.getByText('boom')).toBeInTheDocument();
  });
});
