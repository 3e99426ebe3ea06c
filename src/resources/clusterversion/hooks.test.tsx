import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { probe, resetWatches } from '../../testing/watch';
import { useClusterVersion } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('ClusterVersion watch', () => {
  beforeEach(resetWatches);

  it('watches the singleton by name', () => {
    probe(() => useClusterVersion());
    expect(watch).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'version' }));
  });
});
