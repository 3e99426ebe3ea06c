import type { IstioKind } from './types';
import { getDiscoverySelectors, getTrustDomain } from './selectors';

describe('istio selectors', () => {
  it("discovery selectors: the mesh config's, else one shared empty list", () => {
    const selectors = [{ matchLabels: { mesh: 'on' } }];
    const istio: IstioKind = {
      metadata: { name: 'default' },
      spec: { values: { meshConfig: { discoverySelectors: selectors } } },
    };
    expect(getDiscoverySelectors(istio)).toBe(selectors);
    const none = getDiscoverySelectors({ metadata: { name: 'default' }, spec: {} });
    expect(none).toEqual([]);
    // the same array each time, so that caches keyed by it are not dropped for nothing
    expect(getDiscoverySelectors(undefined)).toBe(none);
    expect(Object.isFrozen(none)).toBe(true);
  });

  it('trust domain: cluster.local unless the mesh config sets one', () => {
    expect(getTrustDomain(undefined)).toBe('cluster.local');
    expect(
      getTrustDomain({
        metadata: { name: 'default' },
        spec: { values: { meshConfig: { trustDomain: 'example.org' } } },
      }),
    ).toBe('example.org');
  });
});
