import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { probe, resetWatches } from '../../testing/watch';
import { useIstioCNIs } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('IstioCNI watch', () => {
  beforeEach(resetWatches);

  it('watches IstioCNIs optionally', () => {
    probe(() => useIstioCNIs());
    expect(watch).toHaveBeenLastCalledWith(expect.objectContaining({ optional: true }));
  });
});
