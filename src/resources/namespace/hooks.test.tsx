import { useAccessReview, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { answerWatches, probe, resetWatches } from '../../testing/watch';
import { useVisibleNamespaces } from './hooks';

const watch = jest.mocked(useK8sWatchResource);
const review = jest.mocked(useAccessReview);

const named = (kind: string, names: string[]) =>
  names.map((name) => ({ kind, metadata: { name } }));
const kindOf = (r: unknown) =>
  (r as { groupVersionKind?: { kind: string } } | null)?.groupVersionKind?.kind;

describe('useVisibleNamespaces', () => {
  beforeEach(() => {
    resetWatches();
    review.mockReset();
  });
  afterAll(() => review.mockImplementation(() => [true, false]));

  it('lists namespaces while the review is pending, and uses them once listed', () => {
    review.mockImplementation(() => [false, true]);
    answerWatches((r) =>
      kindOf(r) === 'Namespace'
        ? [named('Namespace', ['a', 'b']), true, undefined]
        : [undefined, false, undefined],
    );
    const got = probe(() => useVisibleNamespaces());
    expect(got.loaded).toBe(true);
    expect(got.source).toBe('namespaces');
    expect(got.namespaces.map((n) => n.metadata?.name)).toEqual(['a', 'b']);
    expect(watch).not.toHaveBeenCalledWith(
      expect.objectContaining({ groupVersionKind: expect.objectContaining({ kind: 'Project' }) }),
    );
  });

  it('a refused namespace list waits for the review, without an error', () => {
    review.mockImplementation(() => [false, true]);
    answerWatches((r) =>
      kindOf(r) === 'Namespace' ? [undefined, false, { code: 403 }] : [undefined, false, undefined],
    );
    const got = probe(() => useVisibleNamespaces());
    expect(got).toEqual({ namespaces: [], loaded: false, error: undefined });
  });

  it('lists projects instead once the review refuses', () => {
    review.mockImplementation(() => [false, false]);
    answerWatches((r) =>
      kindOf(r) === 'Project'
        ? [named('Project', ['mine']), true, undefined]
        : [undefined, false, undefined],
    );
    const got = probe(() => useVisibleNamespaces());
    expect(got.source).toBe('projects');
    expect(got.namespaces.map((n) => n.metadata?.name)).toEqual(['mine']);
    expect(watch).not.toHaveBeenCalledWith(
      expect.objectContaining({ groupVersionKind: expect.objectContaining({ kind: 'Namespace' }) }),
    );
  });
});
