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
});
