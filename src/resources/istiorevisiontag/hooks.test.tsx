import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { probe, resetWatches } from '../../testing/watch';
import { useIstioRevisionTags } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('IstioRevisionTag watch', () => {
  beforeEach(resetWatches);

  it('watches IstioRevisionTags optionally, cluster-wide, and can be switched off', () => {
    probe(() => useIstioRevisionTags());
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        groupVersionKind: { group: 'sailoperator.io', version: 'v1', kind: 'IstioRevisionTag' },
        isList: true,
        optional: true,
      }),
    );
    probe(() => useIstioRevisionTags({ enabled: false }));
    expect(watch).toHaveBeenLastCalledWith(null);
  });
});
