import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { probe, resetWatches } from '../../testing/watch';
import { usePods, useZtunnelPods } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('pod watches', () => {
  beforeEach(resetWatches);

  it('watches pods of one namespace or all, and none when switched off', () => {
    probe(() => usePods({ namespace: 'bookinfo' }));
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({ isList: true, namespace: 'bookinfo' }),
    );
    probe(() => usePods());
    expect(watch).toHaveBeenLastCalledWith(expect.objectContaining({ namespace: undefined }));
    probe(() => usePods({ enabled: false }));
    expect(watch).toHaveBeenLastCalledWith(null);
  });

  it('selects ztunnel pods by label in their namespace', () => {
    probe(() => useZtunnelPods({ namespace: 'ztunnel' }));
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        namespace: 'ztunnel',
        selector: { matchLabels: { app: 'ztunnel' } },
      }),
    );
  });

  it('returns empty lists until loaded', () => {
    expect(probe(() => usePods({ namespace: 'x' }))).toEqual({
      pods: [],
      loaded: false,
      error: undefined,
    });
  });
});
