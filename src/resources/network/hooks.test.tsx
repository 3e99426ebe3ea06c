import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { probe, resetWatches } from '../../testing/watch';
import { useNetworkOperator } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('network operator watch', () => {
  beforeEach(resetWatches);

  it('watches the cluster network config by name, and none when switched off', () => {
    probe(() => useNetworkOperator());
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        groupVersionKind: { group: 'operator.openshift.io', version: 'v1', kind: 'Network' },
        name: 'cluster',
      }),
    );
    probe(() => useNetworkOperator({ enabled: false }));
    expect(watch).toHaveBeenLastCalledWith(null);
  });
});
