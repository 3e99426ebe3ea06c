import { versionOptions, compareVersions, parseSemver, supportedVersions } from './versions';
import { loadCRD } from '../../testing/crds';

describe('supportedVersions', () => {
  it('reads the supported list and default from the served CRD', () => {
    const r = supportedVersions(loadCRD('release-1.26', 'istios'));
    expect(r.defaultVersion).toBe('v1.26.8');
    expect(r.versions[0]).toBe('v1.26-latest');
    expect(r.versions).toContain('v1.24.0');
    expect(r.versions.every((v) => !v.endsWith('.'))).toBe(true);
    expect(supportedVersions(loadCRD('release-1.27', 'istios')).defaultVersion).toBe('v1.27.9');
  });

  it('falls back to the enum, and to nothing', () => {
    const crd = {
      spec: {
        group: 'g',
        names: { kind: 'Istio', plural: 'istios' },
        scope: 'Cluster' as const,
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            schema: {
              openAPIV3Schema: {
                properties: { spec: { properties: { version: { enum: ['v1', 'v2'] } } } },
              },
            },
          },
        ],
      },
    };
    expect(supportedVersions(crd)).toEqual({ versions: ['v1', 'v2'], defaultVersion: 'v1' });
    expect(supportedVersions(undefined)).toEqual({ versions: [], defaultVersion: undefined });
  });

  it('compares versions numerically', () => {
    expect(compareVersions('4.19.2', '4.19')).toBeGreaterThan(0);
    expect(compareVersions('4.9', '4.19')).toBeLessThan(0);
    expect(compareVersions('v1.27.0', 'v1.27')).toBe(0);
    expect(parseSemver('master')).toBeUndefined();
  });

  it('offers an existing install its version and upgrades of at most one minor', () => {
    const listed = ['v1.28.0', 'v1.27.9', 'v1.27.3', 'v1.26.8', 'v1.25.2'];
    expect(versionOptions(listed, 'v1.26.8')).toEqual(['v1.26.8', 'v1.27.9', 'v1.27.3']);
    // Unlisted: shown and kept; nothing listed is within one minor.
    expect(versionOptions(['v1.27.9'], 'v1.24.0')).toEqual(['v1.24.0']);
    expect(versionOptions(listed, 'v1.27.3')).toEqual(['v1.27.3', 'v1.28.0', 'v1.27.9']);
    expect(versionOptions(listed, undefined)).toEqual(listed);
  });
});
