import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { k8sCreate, k8sPatch, useModal } from '@openshift-console/dynamic-plugin-sdk';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import NamespaceTab from './NamespaceTab';
import { ns, pod, serve } from '../../../testing/enrollmentCluster';
import { useNamespaceActions } from '../actions/useNamespaceActions';

configure({ testIdAttribute: 'data-test' });
const patch = jest.mocked(k8sPatch);

const bookinfo = ns('bookinfo', { 'istio.io/dataplane-mode': 'ambient' });
const cluster = {
  namespaces: [bookinfo],
  pods: [
    pod('productpage', 'bookinfo', { captured: true }),
    pod('ratings', 'bookinfo', { mode: 'none' }),
    pod('reviews', 'bookinfo'),
    pod('far', 'bookinfo', { node: 'node-9' }),
  ],
};
const tab = () =>
  render(
    <MemoryRouter>
      <NamespaceTab obj={bookinfo} />
    </MemoryRouter>,
  );

describe('NamespaceTab', () => {
  beforeEach(() => {
    patch.mockReset().mockResolvedValue({});
    serve(cluster);
  });

  it('shows what the rule concludes and what the CNI agent did, flagging disagreement', () => {
    tab();
    const state = (name: string) => within(screen.getByTestId(`pod-row-${name}`));
    expect(state('productpage').getByTestId('pod-state')).toHaveTextContent('Enrolled');
    expect(state('productpage').queryByTestId('pod-mismatch')).toBeNull();
    expect(state('ratings').getByTestId('pod-state')).toHaveTextContent('Excluded by its label');
    expect(state('reviews').getByTestId('pod-state')).toHaveTextContent('pending capture');
    expect(state('reviews').getByTestId('pod-mismatch')).toBeInTheDocument();
    expect(state('far').getByTestId('pod-state')).toHaveTextContent('no ztunnel on its node');
    expect(screen.getByText(/No restart is needed/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View in topology' })).toHaveAttribute(
      'href',
      '/ambient-mesh/topology?namespace=bookinfo',
    );
  });

  it('sets a pod label with one patch', () => {
    tab();
    fireEvent.change(screen.getByLabelText('Data plane label of reviews'), {
      target: { value: 'none' },
    });
    expect(patch).toHaveBeenCalledTimes(1);
    expect(patch.mock.calls[0][0]).toMatchObject({
      model: { kind: 'Pod' },
      data: [
        { op: 'test', path: '/metadata/resourceVersion', value: '1' },
        { op: 'add', path: '/metadata/labels/istio.io~1dataplane-mode', value: 'none' },
      ],
    });
  });

  it('creates a waypoint and can use it for the namespace', async () => {
    jest.mocked(k8sCreate).mockResolvedValue({});
    tab();
    fireEvent.click(screen.getByRole('button', { name: 'Add waypoint' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(patch).toHaveBeenCalledTimes(1));
    expect(jest.mocked(k8sCreate).mock.calls[0][0].data).toMatchObject({
      kind: 'Gateway',
      metadata: { name: 'waypoint', namespace: 'bookinfo' },
    });
    expect(patch.mock.calls[0][0].data).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '1' },
      { op: 'add', path: '/metadata/labels/istio.io~1use-waypoint', value: 'waypoint' },
    ]);
    expect(jest.mocked(k8sCreate).mock.calls[0][0].data.metadata?.labels).toBeUndefined();
  });

  it('labels a new waypoint with the revision of a non-default Istio', async () => {
    jest.mocked(k8sCreate).mockReset().mockResolvedValue({});
    serve({
      ...cluster,
      istios: [{ metadata: { name: 'mesh' }, spec: { updateStrategy: { type: 'InPlace' } } }],
    });
    tab();
    fireEvent.click(screen.getByRole('button', { name: 'Add waypoint' }));
    expect(screen.getByText(/Labelled istio.io\/rev=mesh/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(k8sCreate).toHaveBeenCalledTimes(1));
    expect(jest.mocked(k8sCreate).mock.calls[0][0].data.metadata?.labels).toEqual({
      'istio.io/rev': 'mesh',
    });
  });

  it('disables what the user may not do, with the reason', () => {
    serve(cluster, false);
    tab();
    expect(screen.getByRole('switch')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add waypoint' })).toBeDisabled();
    expect(screen.getByLabelText('Data plane label of reviews')).toBeDisabled();
  });
});

type Result = ReturnType<typeof useNamespaceActions>;
const actionsFor = (obj: typeof bookinfo): Result => {
  let out: Result | undefined;
  const Probe = () => {
    out = useNamespaceActions(obj);
    return null;
  };
  render(<Probe />);
  if (!out) throw new Error('no result');
  return out;
};

describe('useNamespaceActions', () => {
  it('offers the action that applies, and disables it with the reason when not allowed', () => {
    const launch = jest.fn();
    jest.mocked(useModal).mockReturnValue(launch);
    serve(cluster);
    const enrolled = actionsFor(bookinfo);
    expect(enrolled[0].map((a) => a.label)).toEqual(['Remove from ambient mesh']);
    expect(enrolled[1]).toBe(true);
    (enrolled[0][0].cta as () => void)();
    expect(launch).toHaveBeenCalledWith(expect.anything(), {
      action: 'remove',
      namespace: bookinfo,
    });

    serve(cluster, false);
    const denied = actionsFor(ns('shop'))[0][0];
    expect(denied).toMatchObject({ label: 'Add to ambient mesh', disabled: true });
    expect(denied.disabledTooltip).toMatch(/may not change/);
  });
});
