import { useAccessReview, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { answerWatches, probe, resetWatches } from '../../testing/watch';
import { useVisibleNamespaces } from './hooks';

const watch = jest.mocked(useK8sWatchResource);
const review = jest.mocked(useAccessReview);

const named = (kind: string, names: string[]) =>
  names.map((name) => ({ kind, metadata: { name } }));
const kindOf = (r: unknown) =>
  (r as { groupVersionKind?: { kind: string } } | null)?.groupVersionKind?.kind;

const isNamespaceWatch = (r: unknown) => kindOf(r) === 'Namespace';

describe('useVisibleNamespaces', () => {
  beforeEach(() => {
    resetWatches();
    review.mockClear();
  });

  it('lists namespaces, with no access review before the list', () => {
    answerWatches((r) =>
      kindOf(r) === 'Namespace'
        ? [named('Namespace', ['a', 'b']), true, undefined]
        : [undefined, false, undefined],
    );
    const got = probe(() => useVisibleNamespaces());
    expect(got.loaded).toBe(true);
    expect(got.source).toBe('namespaces');
    expect(got.namespaces.map((n) => n.metadata?.name)).toEqual(['a', 'b']);
    expect(review).not.toHaveBeenCalled();
    expect(watch).not.toHaveBeenCalledWith(
      expect.objectContaining({ groupVersionKind: expect.objectContaining({ kind: 'Project' }) }),
    );
  });

  it('a namespace list that fails otherwise keeps its error, and no project list', () => {
    const failure = { code: 500 };
    answerWatches((r) =>
      kindOf(r) === 'Namespace' ? [undefined, false, failure] : [undefined, false, undefined],
    );
    const got = probe(() => useVisibleNamespaces());
    expect(got.error).toBe(failure);
    expect(got.source).toBe('namespaces');
    expect(watch).not.toHaveBeenCalledWith(
      expect.objectContaining({ groupVersionKind: expect.objectContaining({ kind: 'Project' }) }),
    );
  });

  it('lists projects instead once the server refuses the namespace list, without an error', () => {
    answerWatches((r) => {
      if (r === null) return [undefined, true, undefined];
      return isNamespaceWatch(r)
        ? [undefined, false, { code: 403 }]
        : [named('Project', ['mine']), true, undefined];
    });
    const got = probe(() => useVisibleNamespaces());
    expect(got.source).toBe('projects');
    expect(got.error).toBeUndefined();
    expect(got.namespaces.map((n) => n.metadata?.name)).toEqual(['mine']);
    // it was asked for, and once refused, its watch is switched off (null) for good
    expect(watch.mock.calls.some(([r]) => isNamespaceWatch(r))).toBe(true);
    expect(watch.mock.calls.slice(-2).map(([r]) => (r ? kindOf(r) : null))).toEqual([
      null,
      'Project',
    ]);
  });
});
