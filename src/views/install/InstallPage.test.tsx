import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { k8sCreate, k8sPatch, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import InstallPage from './InstallPage';
import {
  changeCluster,
  freshCluster,
  readyStatus,
  serveWrites as serve,
} from '../../testing/installCluster';
import { implement } from '../../testing/watch';

configure({ testIdAttribute: 'data-test' });
// Many clicks through PatternFly in jsdom on a shared 2-core machine.
jest.setTimeout(60000);

const create = jest.mocked(k8sCreate);
const patch = jest.mocked(k8sPatch);
const access = jest.mocked(useAccessReview);

const open = (search = '') =>
  render(
    <MemoryRouter initialEntries={[`/ambient-mesh/install${search}`]}>
      <InstallPage />
    </MemoryRouter>,
  );

const next = async () => userEvent.click(screen.getByRole('button', { name: 'Next' }));

describe('InstallPage', () => {
  beforeEach(() => {
    jest.clearAllMocks();
    access.mockReturnValue([true, false]);
  });

  it('checks prerequisites and offers the routingViaHost fix', async () => {
    const cluster = freshCluster();
    serve(cluster);
    open();
    expect(screen.getByTestId('check-network')).toHaveAttribute('data-status', 'fail');
    expect(screen.getByTestId('check-operator')).toHaveTextContent(
      'Service Mesh operator 3.1 is installed.',
    );
    expect(
      screen.getByText('Fix: enable routingViaHost on the cluster network'),
    ).toBeInTheDocument();
    // the fields it sets are shown before anything is written (the flow: RoutingViaHostFix.test)
    expect(screen.getByTestId('field-changes')).toHaveTextContent(
      'spec.defaultNetwork.ovnKubernetesConfig.gatewayConfig.routingViaHost: (not set) -> true',
    );
    expect(screen.getByRole('button', { name: 'Check with a dry run' })).toBeEnabled();
    expect(patch).not.toHaveBeenCalled();
  });

  it('blocks on Service Mesh 2.x with the reason beside Next', () => {
    const cluster = freshCluster();
    cluster.crds['servicemeshcontrolplanes.maistra.io'] = {
      metadata: { name: 'servicemeshcontrolplanes.maistra.io' },
    };
    serve(cluster);
    open();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
    expect(
      screen.getByText('A blocking prerequisite failed (marked above); resolve it first.'),
    ).toBeInTheDocument();
  });

  it('validates names with a reason on the disabled Next', async () => {
    serve(freshCluster());
    open();
    await next();
    const name = screen.getByLabelText(/Istio name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'Bad_Name');
    expect(screen.getByText(/Use lowercase letters, digits and hyphens/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Correct the fields marked in red to continue.')).toBeInTheDocument();
  });

  it('shows the revision the choices produce and where ztunnel connects', async () => {
    serve(freshCluster());
    open();
    await next();
    expect(screen.getByLabelText('Revision')).toHaveValue('default');
    expect(screen.getByText(/istiod\.istio-system\.svc:15012/)).toBeInTheDocument();
    const name = screen.getByLabelText(/Istio name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'mesh');
    await userEvent.click(screen.getByLabelText('RevisionBased'));
    expect(screen.getByLabelText('Revision')).toHaveValue('mesh-v1-26-8');
    expect(screen.getByText(/istiod-mesh-v1-26-8\.istio-system\.svc:15012/)).toBeInTheDocument();
  });

  it('dry-runs every write, then applies in order and waits for each CR to be Ready', async () => {
    const cluster = freshCluster();
    const made = serve(cluster);
    open();
    await next();
    expect(screen.getByLabelText('Istio version')).toHaveValue('v1.26.8');
    await next();
    expect(screen.getByLabelText('Trusted ztunnel namespace')).toHaveValue('ztunnel');
    expect(screen.getByLabelText('ZTunnel API version')).toHaveValue('sailoperator.io/v1alpha1');
    await next();
    await userEvent.click(screen.getByLabelText('Only labelled namespaces'));
    await userEvent.click(screen.getByLabelText('bookinfo'));
    await next();
    await screen.findByText(
      'The API server accepted every write in a dry run. Nothing has been changed yet.',
    );
    const dry = create.mock.calls.map((c) => c[0]);
    expect(dry.every((c) => (c.queryParams as { dryRun?: string }).dryRun === 'All')).toBe(true);
    expect(dry.map((c) => `${c.model.kind}/${c.data.metadata?.name}`)).toEqual([
      'Namespace/istio-system',
      'Namespace/istio-cni',
      'Namespace/ztunnel',
      'Istio/default',
      'IstioCNI/default',
      'ZTunnel/default',
    ]);
    // bookinfo exists: it is labelled with a patch, not created.
    expect(patch.mock.calls.map((c) => [c[0].resource.metadata?.name, c[0].queryParams])).toEqual([
      ['bookinfo', { dryRun: 'All' }],
    ]);
    create.mockClear();
    patch.mockClear();
    await userEvent.click(screen.getByRole('button', { name: 'Install' }));
    await screen.findByText('Ambient mode is installed', {}, { timeout: 15000 });
    expect(patch.mock.calls[0][0].data).toEqual([
      { op: 'add', path: '/metadata/labels', value: { 'istio-discovery': 'enabled' } },
    ]);
    expect(create.mock.calls.map((c) => `${c[0].model.kind}/${c[0].data.metadata?.name}`)).toEqual([
      'Namespace/istio-system',
      'Namespace/istio-cni',
      'Namespace/ztunnel',
      'Istio/default',
      'IstioCNI/default',
      'ZTunnel/default',
    ]);
    expect(made.get('Namespace/ztunnel')?.metadata?.labels).toEqual({
      'istio-discovery': 'enabled',
    });
    expect(create.mock.calls[5][0].model.apiVersion).toBe('v1alpha1');
  });

  it('fails a CR that is never Ready after the time-out, and Retry creates nothing twice', async () => {
    const cluster = freshCluster('release-1.27');
    serve(cluster, { neverReady: 'IstioCNI' });
    open('?readyTimeout=1');
    for (let i = 0; i < 4; i += 1) await next();
    await screen.findByText(/accepted every write/, {}, { timeout: 5000 });
    create.mockClear();
    await userEvent.click(screen.getByRole('button', { name: 'Install' }));
    await screen.findByText('IstioCNI/default failed', {}, { timeout: 15000 });
    expect(screen.getByText(/Last reason: DaemonSetNotReady/)).toBeInTheDocument();
    const row = screen.getByTestId('progress-Istio/default');
    expect(row).toHaveAttribute('data-phase', 'done');
    const before = create.mock.calls.length;
    // The operator catches up: the CR becomes Ready.
    act(() =>
      changeCluster(cluster, (c) => {
        c.lists.IstioCNI = c.lists.IstioCNI.map((o) => ({ ...(o as object), status: readyStatus }));
      }),
    );
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    });
    await screen.findByText('Ambient mode is installed', {}, { timeout: 15000 });
    const after = create.mock.calls.slice(before).map((c) => c[0].model.kind);
    expect(after).toEqual(['ZTunnel']);
    expect(
      within(screen.getByTestId('progress-ZTunnel/default')).getByText('Done'),
    ).toBeInTheDocument();
    expect(create.mock.calls.find((c) => c[0].model.kind === 'ZTunnel')?.[0].model.apiVersion).toBe(
      'v1',
    );
  });

  it('shows a dry-run error at the field it concerns', async () => {
    serve(freshCluster());
    const base = create.getMockImplementation();
    implement(create, (opts) =>
      opts.model.kind === 'Istio' && opts.queryParams
        ? Promise.reject({
            message: 'invalid',
            json: {
              message: 'Istio.sailoperator.io "default" is invalid',
              details: { causes: [{ field: 'spec.version', message: 'Unsupported value' }] },
            },
          })
        : base?.(opts),
    );
    open();
    for (let i = 0; i < 4; i += 1) await next();
    await screen.findByText(/refused some writes/, {}, { timeout: 5000 });
    expect(screen.getByText('Istio/default: spec.version: Unsupported value')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Install' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: /error Control plane/ }));
    expect(screen.getByText('spec.version: Unsupported value')).toBeInTheDocument();
  });

  it('tells a user who may not create the CRs before Apply', async () => {
    access.mockReturnValue([false, false]);
    serve(freshCluster());
    open();
    for (let i = 0; i < 4; i += 1) await next();
    expect(screen.getByText('You may not install ambient mode')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Install' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.getByRole('button', { name: /Download ambient-install.yaml/ })).toBeEnabled();
    await waitFor(() => expect(create).toHaveBeenCalled());
  });

  it('follows the live objects in every field the person has not edited', async () => {
    const cluster = freshCluster();
    const istio = (version: string, team: string) => ({
      apiVersion: 'sailoperator.io/v1',
      kind: 'Istio',
      metadata: { name: 'default' },
      spec: {
        namespace: 'istio-system',
        version,
        values: { meshConfig: { discoverySelectors: [{ matchLabels: { team } }] } },
      },
    });
    cluster.lists.Istio = [istio('v1.26.8', 'a')];
    serve(cluster);
    open();
    await next();
    expect(screen.getByLabelText('Istio version')).toHaveValue('v1.26.8');
    act(() => changeCluster(cluster, (c) => (c.lists.Istio = [istio('v1.26.7', 'a')])));
    await waitFor(() => expect(screen.getByLabelText('Istio version')).toHaveValue('v1.26.7'));
    await next();
    await next();
    const label = screen.getByLabelText(/Discovery label/);
    expect(label).toHaveValue('team=a');
    await userEvent.clear(label);
    await userEvent.type(label, 'team=c');
    // Someone else changes the selector: the edited field keeps the person's value.
    act(() => changeCluster(cluster, (c) => (c.lists.Istio = [istio('v1.26.7', 'b')])));
    expect(screen.getByLabelText(/Discovery label/)).toHaveValue('team=c');
    expect(
      screen.getByText(/The existing selectors \{"matchLabels":\{"team":"b"\}\}/),
    ).toBeInTheDocument();
  });
});
