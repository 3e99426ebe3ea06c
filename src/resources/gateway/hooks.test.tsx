import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { probe, resetWatches } from '../../testing/watch';
import { useGateways } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('gateway watch', () => {
  beforeEach(resetWatches);

  it('watches gateways optionally', () => {
    probe(() => useGateways());
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        groupVersionKind: { group: 'gateway.networking.k8s.io', version: 'v1', kind: 'Gateway' },
        optional: true,
      }),
    );
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
