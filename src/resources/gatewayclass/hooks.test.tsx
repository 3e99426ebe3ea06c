import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { answerWatches, notServedAnswer, probe, resetWatches } from '../../testing/watch';
import { useGatewayClasses } from './hooks';

const watch = jest.mocked(useK8sWatchResource);

describe('GatewayClass watch', () => {
  beforeEach(resetWatches);

  it('watches GatewayClasses, and not when switched off', () => {
    probe(() => useGatewayClasses());
    expect(watch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        groupVersionKind: {
          group: 'gateway.networking.k8s.io',
          version: 'v1',
          kind: 'GatewayClass',
        },
        isList: true,
      }),
    );
    probe(() => useGatewayClasses({ enabled: false }));
    expect(watch).toHaveBeenLastCalledWith(null);
  });

  it('has none, loaded and without error, when the cluster does not serve the kind', () => {
    answerWatches(() => notServedAnswer());
    expect(probe(() => useGatewayClasses())).toEqual({
      gatewayClasses: [],
      loaded: true,
      error: undefined,
    });
  });
});
