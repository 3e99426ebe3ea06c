import * as React from 'react';
import { render } from '@testing-library/react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { useCRD } from './hooks';
import { useClusterVersion } from '../clusterversion/hooks';
import { useNetworkOperator } from '../network/hooks';
import { useZTunnels } from '../ztunnel/hooks';
import { useIstioCNIs } from '../istiocni/hooks';
import { useClusterServiceVersions } from '../csv/hooks';
import { useDaemonSets } from '../daemonset/hooks';
import { useDeployments } from '../deployment/hooks';

const watch = jest.mocked(useK8sWatchResource);

let result: unknown;
const Probe: React.FC<{ use: () => unknown }> = ({ use }) => {
  result = use();
  return null;
};

describe('install and overview watch hooks', () => {
  beforeEach(() => watch.mockReset().mockReturnValue([undefined as never, false, undefined]));

  it('treats a missing CRD as loaded and absent, other errors as errors', () => {
    watch.mockReturnValue([undefined as never, false, { json: { code: 404 } }]);
    render(<Probe use={() => useCRD('istios.sailoperator.io')} />);
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({ name: 'istios.sailoperator.io' }),
    );
    expect(result).toEqual({ crd: undefined, loaded: true, error: undefined });
    const forbidden = { json: { code: 403 } };
    watch.mockReturnValue([undefined as never, false, forbidden]);
    render(<Probe use={() => useCRD('x')} />);
    expect(result).toMatchObject({ loaded: false, error: forbidden });
    render(<Probe use={() => useCRD(null)} />);
    expect(watch).toHaveBeenLastCalledWith(null);
  });

  it('watches the singletons by name', () => {
    render(<Probe use={() => useClusterVersion()} />);
    expect(watch).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'version' }));
    render(<Probe use={() => useNetworkOperator()} />);
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        groupVersionKind: { group: 'operator.openshift.io', version: 'v1', kind: 'Network' },
        name: 'cluster',
      }),
    );
    render(<Probe use={() => useNetworkOperator(false)} />);
    expect(watch).toHaveBeenLastCalledWith(null);
  });

  it('watches ZTunnel in the served version and lists in namespaces', () => {
    render(<Probe use={() => useZTunnels('v1alpha1')} />);
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        groupVersionKind: { group: 'sailoperator.io', version: 'v1alpha1', kind: 'ZTunnel' },
        isList: true,
      }),
    );
    render(<Probe use={() => useZTunnels(null)} />);
    expect(watch).toHaveBeenLastCalledWith(null);
    render(<Probe use={() => useIstioCNIs()} />);
    expect(watch).toHaveBeenLastCalledWith(expect.objectContaining({ optional: true }));
    render(<Probe use={() => useClusterServiceVersions()} />);
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({ namespace: 'openshift-operators' }),
    );
    render(<Probe use={() => useDaemonSets('ztunnel')} />);
    expect(watch).toHaveBeenLastCalledWith(expect.objectContaining({ namespace: 'ztunnel' }));
    render(<Probe use={() => useDeployments(null)} />);
    expect(watch).toHaveBeenLastCalledWith(null);
    expect(result).toEqual({ deployments: [], loaded: false, error: undefined });
  });
});
