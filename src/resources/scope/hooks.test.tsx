import {
  useAccessReview,
  useK8sWatchResource,
  useK8sWatchResources,
} from '@openshift-console/dynamic-plugin-sdk';
import { pod } from '../../testing/objects';
import { answerWatches, implement, probe, resetWatches } from '../../testing/watch';
import { useScopedPods } from './hooks';

const watch = jest.mocked(useK8sWatchResource);
const watches = jest.mocked(useK8sWatchResources);
const review = jest.mocked(useAccessReview);

const projects = (names: string[]) =>
  names.map((name) => ({ kind: 'Project', metadata: { name } }));

const isClusterPods = (r: unknown) => {
  const w = r as { groupVersionKind?: { kind: string }; namespace?: string } | null;
  return w?.groupVersionKind?.kind === 'Pod' && w.namespace === undefined;
};
const forbidden = { code: 403 };

describe('useScopedPods', () => {
  beforeEach(() => {
    resetWatches();
    watches.mockReset();
    implement(watches, () => ({}));
    review.mockClear();
  });

  it('uses the one cluster-wide pod watch, with no access review before it', () => {
    answerWatches((r) =>
      isClusterPods(r)
        ? [[pod('a', 'p1'), pod('b', 'p2')], true, undefined]
        : [undefined, false, undefined],
    );
    const got = probe(() => useScopedPods());
    expect(got.pods.map((p) => p.metadata?.name)).toEqual(['p1', 'p2']);
    expect(got.loaded).toBe(true);
    expect(got.scope).toEqual({ kind: 'cluster' });
    expect(review).not.toHaveBeenCalled();
    expect(watches).toHaveBeenLastCalledWith({});
    // the user's projects are not needed
    expect(watch).not.toHaveBeenCalledWith(
      expect.objectContaining({ groupVersionKind: expect.objectContaining({ kind: 'Project' }) }),
    );
  });

  it("once the server refuses the cluster-wide list, watches each of the user's projects", () => {
    answerWatches((r) => {
      if (r === null) return [undefined, true, undefined];
      if (r.groupVersionKind?.kind === 'Project') return [projects(['b', 'a']), true, undefined];
      return isClusterPods(r) ? [undefined, false, forbidden] : [undefined, false, undefined];
    });
    implement(watches, () => ({
      a: { data: [pod('a', 'p1')], loaded: true, loadError: undefined },
      b: { data: [pod('b', 'p2')], loaded: true, loadError: undefined },
    }));
    const got = probe(() => useScopedPods());
    expect(Object.keys(watches.mock.lastCall?.[0] ?? {})).toEqual(['a', 'b']);
    expect(got.pods.map((p) => p.metadata?.name)).toEqual(['p1', 'p2']);
    expect(got.loaded).toBe(true);
    expect(got.error).toBeUndefined();
    expect(got.scope).toEqual({ kind: 'namespaces', namespaces: ['a', 'b'] });
    // the refused watch is switched off for good: the last pod watch asked for is none
    const podCalls = watch.mock.calls.filter(([r]) => r === null || isClusterPods(r));
    expect(podCalls.at(-1)?.[0]).toBeNull();
  });

  it('a refusal the caller already knows of goes to the projects without the cluster-wide list', () => {
    answerWatches((r) =>
      r?.groupVersionKind?.kind === 'Project'
        ? [projects(['mine']), true, undefined]
        : [undefined, false, undefined],
    );
    implement(watches, () => ({
      mine: { data: [pod('mine', 'p1')], loaded: true, loadError: undefined },
    }));
    const got = probe(() => useScopedPods({ refused: true }));
    expect(got.pods.map((p) => p.metadata?.name)).toEqual(['p1']);
    expect(watch.mock.calls.some(([r]) => isClusterPods(r))).toBe(false);
  });

  it('beyond the bound, watches no pods and asks to pick', () => {
    const names = Array.from({ length: 11 }, (_, i) => `ns-${i + 10}`);
    answerWatches((r) =>
      r?.groupVersionKind?.kind === 'Project'
        ? [projects(names), true, undefined]
        : [undefined, false, undefined],
    );
    const got = probe(() => useScopedPods({ refused: true }));
    expect(watches).toHaveBeenLastCalledWith({});
    expect(got).toEqual({
      pods: [],
      loaded: true,
      error: undefined,
      complete: true,
      scope: { kind: 'pick', namespaces: names, max: 10 },
    });
  });

  it('while the projects are not listed yet, the refused list is loading, without an error', () => {
    answerWatches((r) =>
      isClusterPods(r) ? [undefined, false, forbidden] : [undefined, false, undefined],
    );
    const got = probe(() => useScopedPods());
    expect(got.loaded).toBe(false);
    expect(got.error).toBeUndefined();
    expect(got.pods).toEqual([]);
  });

  it('a cluster-wide list that fails otherwise keeps its error', () => {
    const failure = { code: 500 };
    answerWatches((r) =>
      isClusterPods(r) ? [undefined, false, failure] : [undefined, false, undefined],
    );
    const got = probe(() => useScopedPods());
    expect(got.error).toBe(failure);
    expect(got.scope).toEqual({ kind: 'cluster' });
  });

  it('a chosen namespace is watched directly, whatever the cluster scope', () => {
    probe(() => useScopedPods({ namespace: 'bookinfo', refused: true }));
    expect(watch).toHaveBeenCalledWith(expect.objectContaining({ namespace: 'bookinfo' }));
  });
});
