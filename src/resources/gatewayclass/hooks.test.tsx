import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { probe, resetWatches } from '../../testing/watch';
import { useGatewayClasses } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('GatewayClass watch', () => {
  beforeEach(resetWatches);

  it('watches GatewayClasses optionally, and not when switched off', () => {
    probe(() => useGatewayClasses());
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        groupVersionKind: {
          group: 'gateway.networking.k8s.io',
          version: 'v1',
          kind: 'GatewayClass',
        },
        optional: true,
      }),
    );
    probe(() => useGatewayClasses({ enabled: false }));
    expect(watch).toHaveBeenLastCalledWith(null);
  });
});
