import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { answerWatches, probe, resetWatches } from '../../testing/watch';
import { useCRD } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('CRD watch', () => {
  beforeEach(resetWatches);

  it('treats a missing CRD as loaded and absent, other errors as errors', () => {
    answerWatches(() => [undefined, false, { json: { code: 404 } }]);
    const absent = probe(() => useCRD({ name: 'istios.sailoperator.io' }));
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({ name: 'istios.sailoperator.io' }),
    );
    expect(absent).toEqual({ crd: undefined, loaded: true, error: undefined });
    const forbidden = { json: { code: 403 } };
    answerWatches(() => [undefined, false, forbidden]);
    expect(probe(() => useCRD({ name: 'x' }))).toMatchObject({ loaded: false, error: forbidden });
    probe(() => useCRD({ name: 'x', enabled: false }));
    expect(watch).toHaveBeenLastCalledWith(null);
  });
});
