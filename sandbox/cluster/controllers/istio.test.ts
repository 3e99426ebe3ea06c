import type { KObj } from '../api/types';
import { pruneInactive, pruningGraceMs } from './istio';
import { resolveVersion, revisionSpec } from './revision';

// sail-operator release-1.27 pkg/revision/prune.go, controllers/istio getPruningGracePeriod,
// pkg/istioversion Resolve, pkg/revision/values.go.
const rev = (name: string, inUse: string, since: string): KObj => ({
  metadata: { name },
  status: { conditions: [{ type: 'InUse', status: inUse, lastTransitionTime: since }] },
});

describe('pruneInactive', () => {
  const now = Date.parse('2026-01-01T00:01:00Z');
  it('keeps the active and in-use revisions, deletes the expired, requeues for the next', () => {
    const owned = [
      rev('active', 'False', '2026-01-01T00:00:00Z'),
      rev('used', 'True', '2026-01-01T00:00:00Z'),
      rev('old', 'False', '2026-01-01T00:00:20Z'),
      rev('recent', 'False', '2026-01-01T00:00:50Z'),
    ];
    const r = pruneInactive(owned, 'active', 30000, now);
    expect(r.expired.map((x) => x.metadata.name)).toEqual(['old']);
    expect(r.nextInMs).toBe(20000);
  });
  it('with no grace period deletes at once', () => {
    const r = pruneInactive([rev('old', 'False', '2026-01-01T00:01:00Z')], 'a', 0, now);
    expect(r.expired).toHaveLength(1);
    expect(r.nextInMs).toBeUndefined();
  });
});

describe('pruningGraceMs', () => {
  it.each<[unknown, number]>([
    [undefined, 30000],
    [0, 0],
    [5, 5000],
  ])('%j -> %d', (s, ms) => {
    const spec = { updateStrategy: { inactiveRevisionDeletionGracePeriodSeconds: s } };
    expect(pruningGraceMs({ metadata: { name: 'x' }, spec })).toBe(ms);
  });
});

describe('revision specs', () => {
  it('resolves an alias to the newest release of its minor', () => {
    expect(resolveVersion('v1.27-latest', ['v1.27-latest', 'v1.27.9', 'v1.27.8'])).toBe('v1.27.9');
    expect(resolveVersion('v1.26.8', [])).toBe('v1.26.8');
  });
  it('names the revision and the namespace in the values', () => {
    const istio = {
      metadata: { name: 'mesh' },
      spec: { namespace: 'cp', profile: 'ambient', values: { pilot: { a: 1 } } },
    };
    expect(revisionSpec(istio, 'mesh-v1-27-9', 'v1.27.9')).toEqual({
      version: 'v1.27.9',
      namespace: 'cp',
      values: {
        pilot: { a: 1 },
        profile: 'ambient',
        revision: 'mesh-v1-27-9',
        global: { istioNamespace: 'cp' },
      },
    });
    expect(revisionSpec(istio, 'default', 'v1.27.9').values).not.toHaveProperty('revision');
  });
});
