import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { probe, resetWatches } from '../../testing/watch';
import { useNodes } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('node watch', () => {
  beforeEach(resetWatches);

  it('watches nodes as a list, and none when switched off', () => {
    probe(() => useNodes());
    expect(watch).toHaveBeenLastCalledWith(expect.objectContaining({ isList: true }));
    probe(() => useNodes({ enabled: false }));
    expect(watch).toHaveBeenLastCalledWith(null);
  });
});
