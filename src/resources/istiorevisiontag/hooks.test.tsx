import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { answerWatches, notServedAnswer, probe, resetWatches } from '../../testing/watch';
import { useIstioRevisionTags } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('IstioRevisionTag watch', () => {
  beforeEach(resetWatches);

  it('watches IstioRevisionTags cluster-wide, and can be switched off', () => {
    probe(() => useIstioRevisionTags());
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        groupVersionKind: { group: 'sailoperator.io', version: 'v1', kind: 'IstioRevisionTag' },
        isList: true,
      }),
    );
    probe(() => useIstioRevisionTags({ enabled: false }));
    expect(watch).toHaveBeenLastCalledWith(null);
  });

  it('has none, loaded and without error, when the cluster does not serve the kind', () => {
    answerWatches(() => notServedAnswer());
    expect(probe(() => useIstioRevisionTags())).toEqual({
      tags: [],
      loaded: true,
      error: undefined,
    });
  });
});
