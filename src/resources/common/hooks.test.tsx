import * as React from 'react';
import { render } from '@testing-library/react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { useGateways } from '../gateway/hooks';
import { useNodes } from '../node/hooks';
import { usePods, useZtunnelPods } from '../pod/hooks';

const watch = jest.mocked(useK8sWatchResource);

const Probe: React.FC<{ use: () => unknown }> = ({ use }) => {
  use();
  return null;
};

describe('watch hooks', () => {
  beforeEach(() => watch.mockReset().mockReturnValue([undefined as never, false, undefined]));

  it('watches pods of one namespace or all, and none with null', () => {
    render(<Probe use={() => usePods('bookinfo')} />);
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({ isList: true, namespace: 'bookinfo' }),
    );
    render(<Probe use={() => usePods(undefined)} />);
    expect(watch).toHaveBeenLastCalledWith(expect.objectContaining({ namespace: undefined }));
    render(<Probe use={() => usePods(null)} />);
    expect(watch).toHaveBeenLastCalledWith(null);
  });

  it('selects ztunnel pods by label in their namespace', () => {
    render(<Probe use={() => useZtunnelPods('ztunnel')} />);
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        namespace: 'ztunnel',
        selector: { matchLabels: { app: 'ztunnel' } },
      }),
    );
  });

  it('watches gateways optionally and nodes as a list', () => {
    render(<Probe use={() => useGateways(undefined)} />);
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        groupVersionKind: { group: 'gateway.networking.k8s.io', version: 'v1', kind: 'Gateway' },
        optional: true,
      }),
    );
    render(<Probe use={() => useNodes(false)} />);
    expect(watch).toHaveBeenLastCalledWith(null);
  });

  it('returns empty lists until loaded', () => {
    let result: unknown;
    render(<Probe use={() => (result = usePods('x'))} />);
    expect(result).toEqual({ pods: [], loaded: false, error: undefined });
  });
});
