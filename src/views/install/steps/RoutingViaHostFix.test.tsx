import { k8sGet, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NetworkOperatorKind } from '../../../k8s/network/types';
import { RoutingViaHostFix } from './RoutingViaHostFix';

configure({ testIdAttribute: 'data-test' });
// several user events each: slow on a busy machine
jest.setTimeout(30000);
const get = jest.mocked(k8sGet);
const patch = jest.mocked(k8sPatch);
const network = (rv: string, gatewayConfig?: Record<string, unknown>): NetworkOperatorKind => ({
  metadata: { name: 'cluster', resourceVersion: rv },
  spec: {
    defaultNetwork: {
      type: 'OVNKubernetes',
      ovnKubernetesConfig: gatewayConfig ? { gatewayConfig } : {},
    },
  },
});
const FIELD = 'spec.defaultNetwork.ovnKubernetesConfig.gatewayConfig.routingViaHost';
const agree = () =>
  userEvent.click(
    screen.getByLabelText('I understand that this changes the network of every node'),
  );

describe('RoutingViaHostFix', () => {
  beforeEach(() => {
    get.mockReset();
    patch.mockReset().mockResolvedValue({});
  });

  it('dry-runs against the live object, shows the fields, then sends the same guarded patch', async () => {
    // someone set ipForwarding after the page loaded: the live object has a gatewayConfig
    get.mockResolvedValue(network('7', { ipForwarding: 'Global' }));
    render(<RoutingViaHostFix network={network('3')} canPatch />);
    expect(screen.getByTestId('field-changes')).toHaveTextContent(`${FIELD}: (not set) -> true`);
    expect(screen.queryByRole('button', { name: 'Enable routingViaHost' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Check with a dry run' }));
    const guarded = [
      { op: 'test', path: '/metadata/resourceVersion', value: '7' },
      { op: 'add', path: `/${FIELD.split('.').join('/')}`, value: true },
    ];
    expect(patch.mock.calls[0][0]).toMatchObject({
      data: guarded,
      queryParams: { dryRun: 'All' },
    });
    expect(await screen.findByTestId('routing-via-host-dry-run')).toBeInTheDocument();
    const apply = screen.getByRole('button', { name: 'Enable routingViaHost' });
    expect(apply).toBeDisabled();
    await agree();
    await userEvent.click(apply);
    expect(patch).toHaveBeenCalledTimes(2);
    expect(patch.mock.calls[1][0].data).toEqual(guarded);
    expect(patch.mock.calls[1][0].queryParams).toBeUndefined();
    expect(await screen.findByTestId('routing-via-host-done')).toBeInTheDocument();
  });

  it('writes nothing when the object changed after the dry run: plans again and asks again', async () => {
    get
      .mockResolvedValueOnce(network('7'))
      .mockResolvedValueOnce(network('8', { ipForwarding: 'Global' }));
    const stale = Object.assign(new Error('test failed'), { json: { code: 422 } });
    patch
      .mockResolvedValueOnce({}) // dry run
      .mockRejectedValueOnce(stale) // the real write: the version moved
      .mockResolvedValueOnce({}); // the second dry run
    render(<RoutingViaHostFix network={network('3')} canPatch />);
    await userEvent.click(screen.getByRole('button', { name: 'Check with a dry run' }));
    await screen.findByTestId('routing-via-host-dry-run');
    await agree();
    await userEvent.click(screen.getByRole('button', { name: 'Enable routingViaHost' }));
    expect(await screen.findByTestId('routing-via-host-changed')).toBeInTheDocument();
    // re-planned from version 8, whose gatewayConfig is kept: only the one field is added
    expect(patch.mock.calls[2][0]).toMatchObject({
      data: [
        { op: 'test', path: '/metadata/resourceVersion', value: '8' },
        { op: 'add', path: `/${FIELD.split('.').join('/')}`, value: true },
      ],
      queryParams: { dryRun: 'All' },
    });
    expect(screen.getByRole('button', { name: 'Enable routingViaHost' })).toBeDisabled();
  });

  it('shows the server refusing the dry run and writes nothing', async () => {
    get.mockResolvedValue(network('7'));
    patch.mockReset().mockRejectedValue(new Error('admission webhook denied the request'));
    render(<RoutingViaHostFix network={network('3')} canPatch />);
    await userEvent.click(screen.getByRole('button', { name: 'Check with a dry run' }));
    expect(await screen.findByText('admission webhook denied the request')).toBeInTheDocument();
    expect(patch).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Enable routingViaHost' })).toBeNull();
  });
});
