import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { probe, resetWatches } from '../../testing/watch';
import { useZTunnels } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('ZTunnel watch', () => {
  beforeEach(resetWatches);

  it('watches ZTunnel in the given version', () => {
    probe(() => useZTunnels({ version: 'v1alpha1' }));
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        groupVersionKind: { group: 'sailoperator.io', version: 'v1alpha1', kind: 'ZTunnel' },
        isList: true,
      }),
    );
    probe(() => useZTunnels({ version: 'v1', enabled: false }));
    expect(watch).toHaveBeenLastCalledWith(null);
  });
});
