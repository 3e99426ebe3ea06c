import { getServedVersions, isVersionServed, preferredZTunnelVersion } from './selectors';
import type { CustomResourceDefinitionKind } from './types';

const crd = (versions: [string, boolean][]): CustomResourceDefinitionKind => ({
  spec: {
    group: 'sailoperator.io',
    names: { kind: 'ZTunnel', plural: 'ztunnels' },
    scope: 'Cluster',
    versions: versions.map(([name, served]) => ({ name, served, storage: false })),
  },
});

describe('crd selectors', () => {
  it('finds served versions and prefers ZTunnel v1', () => {
    expect(
      getServedVersions(
        crd([
          ['v1', false],
          ['v1alpha1', true],
        ]),
      ).map((v) => v.name),
    ).toEqual(['v1alpha1']);
    expect(isVersionServed(crd([['v1', true]]), 'v1')).toBe(true);
    expect(
      preferredZTunnelVersion(
        crd([
          ['v1', true],
          ['v1alpha1', true],
        ]),
      ),
    ).toBe('v1');
    expect(preferredZTunnelVersion(crd([['v1alpha1', true]]))).toBe('v1alpha1');
    expect(preferredZTunnelVersion(undefined)).toBe('v1alpha1');
  });
});
