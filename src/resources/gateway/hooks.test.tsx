import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { answerWatches, notServedAnswer, probe, resetWatches } from '../../testing/watch';
import { useGateways } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('gateway watch', () => {
  beforeEach(resetWatches);

  it('watches gateways', () => {
    probe(() => useGateways());
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        groupVersionKind: { group: 'gateway.networking.k8s.io', version: 'v1', kind: 'Gateway' },
        isList: true,
      }),
    );
  });

  it('has none, loaded and without error, on a cluster without the Gateway API', () => {
    answerWatches(() => notServedAnswer());
    expect(probe(() => useGateways())).toEqual({ gateways: [], loaded: true, error: undefined });
    const forbidden = new Error('forbidden');
    answerWatches(() => [undefined, false, forbidden]);
    expect(probe(() => useGateways()).error).toBe(forbidden);
  });

  it('hands back the same empty list on every render until the list is there', () => {
    // memos and row caches keyed by the list must not be dropped by a new [] per render
    const first = probe(() => useGateways()).gateways;
    const again = probe(() => useGateways()).gateways;
    expect(first).toEqual([]);
    expect(again).toBe(first);
    expect(probe(() => useGateways({ enabled: false })).gateways).toBe(first);
  });
});
