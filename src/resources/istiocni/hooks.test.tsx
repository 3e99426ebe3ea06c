import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { answerWatches, probe } from '../../testing/watch';
import { useIstioCNIs } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('IstioCNI watch', () => {
  beforeEach(() => {
    watch.mockReset();
    answerWatches(() => [undefined, false, undefined]);
  });

  it('watches IstioCNIs optionally', () => {
    probe(() => useIstioCNIs());
    expect(watch).toHaveBeenLastCalledWith(expect.objectContaining({ optional: true }));
  });
});
