import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { probe, resetWatches } from '../../testing/watch';
import { useClusterServiceVersions } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('ClusterServiceVersion watch', () => {
  beforeEach(resetWatches);

  it('lists the operators namespace by default', () => {
    const result = probe(() => useClusterServiceVersions());
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({ namespace: 'openshift-operators' }),
    );
    expect(result).toEqual({ csvs: [], loaded: false, error: undefined });
    probe(() => useClusterServiceVersions({ enabled: false }));
    expect(watch).toHaveBeenLastCalledWith(null);
  });
});
