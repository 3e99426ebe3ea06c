import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { answerWatches, notServedAnswer, probe, resetWatches } from '../../testing/watch';
import { useIstioCNIs } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('IstioCNI watch', () => {
  beforeEach(resetWatches);

  it('watches IstioCNIs cluster-wide', () => {
    probe(() => useIstioCNIs());
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        groupVersionKind: { group: 'sailoperator.io', version: 'v1', kind: 'IstioCNI' },
        isList: true,
      }),
    );
  });

  it('has none, loaded and without error, on a cluster without the Sail operator', () => {
    answerWatches(() => notServedAnswer());
    expect(probe(() => useIstioCNIs())).toEqual({ istioCNIs: [], loaded: true, error: undefined });
  });
});
