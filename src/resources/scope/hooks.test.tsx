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

describe('useScopedPods', () => {
  beforeEach(() => {
    resetWatches();
    watches.mockReset();
    implement(watches, () => ({}));
    review.mockReset();
  });
  afterAll(() => review.mockImplementation(() => [true, false]));

  it('uses the one cluster-wide pod watch when the user may list pods everywhere', () => {
    review.mockImplementation(() => [true, false]);
    probe(() => useScopedPods());
    expect(watch).toHaveBeenCalledWith(
      expect.objectContaining({
        isList: true,
        namespace: undefined,
        groupVersionKind: expect.objectContaining({ kind: 'Pod' }),
      }),
    );
    expect(watches).toHaveBeenLastCalledWith({});
  });

  it("otherwise watches each of the user's projects and merges their pods", () => {
    review.mockImplementation(() => [false, false]);
    answerWatches((r) =>
      r?.groupVersionKind?.kind === 'Project'
        ? [projects(['b', 'a']), true, undefined]
        : [undefined, false, undefined],
    );
    implement(watches, () => ({
      a: { data: [pod('a', 'p1')], loaded: true, loadError: undefined },
      b: { data: [pod('b', 'p2')], loaded: true, loadError: undefined },
    }));
    const got = probe(() => useScopedPods());
    expect(Object.keys(watches.mock.lastCall?.[0] ?? {})).toEqual(['a', 'b']);
    expect(got.pods.map((p) => p.metadata?.name)).toEqual(['p1', 'p2']);
    expect(got.loaded).toBe(true);
    expect(got.scope).toEqual({ kind: 'namespaces', namespaces: ['a', 'b'] });
    // no cluster-wide pod watch
    expect(watch).not.toHaveBeenCalledWith(
      expect.objectContaining({ groupVersionKind: expect.objectContaining({ kind: 'Pod' }) }),
    );
  });

  it('beyond the bound, watches no pods and asks to pick', () => {
    review.mockImplementation(() => [false, false]);
    const names = Array.from({ length: 11 }, (_, i) => `ns-${i + 10}`);
    answerWatches((r) =>
      r?.groupVersionKind?.kind === 'Project'
        ? [projects(names), true, undefined]
        : [undefined, false, undefined],
    );
    const got = probe(() => useScopedPods());
    expect(watches).toHaveBeenLastCalledWith({});
    expect(got).toEqual({
      pods: [],
      loaded: true,
      error: undefined,
      complete: true,
      scope: { kind: 'pick', namespaces: names, max: 10 },
    });
  });

  it('requests the cluster-wide list while the review is pending, and shows it once listed', () => {
    review.mockImplementation(() => [false, true]);
    answerWatches((r) =>
      r?.groupVersionKind?.kind === 'Pod' && r.namespace === undefined
        ? [[pod('a', 'p1'), pod('b', 'p2')], true, undefined]
        : [undefined, false, undefined],
    );
    const got = probe(() => useScopedPods());
    expect(got.pods.map((p) => p.metadata?.name)).toEqual(['p1', 'p2']);
    expect(got.loaded).toBe(true);
    expect(got.scope).toEqual({ kind: 'cluster' });
    // the user's projects are not needed
    expect(watch).not.toHaveBeenCalledWith(
      expect.objectContaining({ groupVersionKind: expect.objectContaining({ kind: 'Project' }) }),
    );
  });

  it('a cluster-wide list the server refuses waits for the review, without an error', () => {
    review.mockImplementation(() => [false, true]);
    const forbidden = { code: 403 };
    answerWatches((r) =>
      r?.groupVersionKind?.kind === 'Pod'
        ? [undefined, false, forbidden]
        : [undefined, false, undefined],
    );
    const got = probe(() => useScopedPods());
    expect(got.loaded).toBe(false);
    expect(got.error).toBeUndefined();
    expect(got.pods).toEqual([]);
  });

  it('drops the cluster-wide watch once the review refuses', () => {
    review.mockImplementation(() => [false, false]);
    answerWatches(() => [undefined, false, undefined]);
    probe(() => useScopedPods());
    expect(watch).toHaveBeenCalledWith(null);
    expect(watch).not.toHaveBeenCalledWith(
      expect.objectContaining({
        groupVersionKind: expect.objectContaining({ kind: 'Pod' }),
        namespace: undefined,
      }),
    );
  });

  it('a chosen namespace is watched directly, whatever the cluster scope', () => {
    review.mockImplementation(() => [false, false]);
    probe(() => useScopedPods({ namespace: 'bookinfo' }));
    expect(watch).toHaveBeenCalledWith(expect.objectContaining({ namespace: 'bookinfo' }));
  });
});
