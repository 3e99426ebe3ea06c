import * as React from 'react';
import { act, render } from '@testing-library/react';
import {
  k8sListItems,
  useAccessReview,
  useK8sWatchResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { answerWatches, implement, probe, resetWatches } from '../../testing/watch';
import { LARGE_NAMESPACES_PAGE_SIZE } from '../../mesh/scope/podsPageSize';
import { useVisibleNamespaces } from './hooks';

const watch = jest.mocked(useK8sWatchResource);
const review = jest.mocked(useAccessReview);

const named = (kind: string, names: string[]) =>
  names.map((name) => ({ kind, metadata: { name } }));
const kindOf = (r: unknown) =>
  (r as { groupVersionKind?: { kind: string } } | null)?.groupVersionKind?.kind;

const isNamespaceWatch = (r: unknown) => kindOf(r) === 'Namespace';
const limitOf = (r: unknown) => (r as { limit?: number } | null)?.limit;
/** A full first page of the console's 250, and the whole list of 600 it is the start of. */
const pageOf250 = named(
  'Namespace',
  Array.from({ length: 250 }, (_, i) => `ns-${i}`),
);
const whole = named(
  'Namespace',
  Array.from({ length: 600 }, (_, i) => `ns-${i}`),
);

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

  describe('in large pages, once asked for', () => {
    it("shows the console's first page until the large page is in, which then replaces it", () => {
      answerWatches((r) => {
        if (r === null) return [undefined, true, undefined];
        return limitOf(r) === LARGE_NAMESPACES_PAGE_SIZE
          ? [undefined, false, undefined]
          : [pageOf250, true, undefined];
      });
      const first = probe(() => useVisibleNamespaces({ largePages: true }));
      expect(first.namespaces).toHaveLength(250);
      // a full page of 250: more may follow
      expect(first.complete).toBe(false);
      // both asked for: the large one beside the first
      const limits = watch.mock.calls.filter(([r]) => isNamespaceWatch(r)).map(([r]) => limitOf(r));
      expect(limits).toEqual(expect.arrayContaining([LARGE_NAMESPACES_PAGE_SIZE, undefined]));

      watch.mockClear();
      answerWatches((r) => {
        if (r === null) return [undefined, true, undefined];
        return limitOf(r) === LARGE_NAMESPACES_PAGE_SIZE
          ? [whole, true, undefined]
          : [pageOf250, true, undefined];
      });
      const after = probe(() => useVisibleNamespaces({ largePages: true }));
      expect(after.namespaces).toHaveLength(600);
      expect(after.complete).toBe(true);
      // the first watch is switched off once the large one is in: the last render asks for the
      // large list alone (each hook's other watch, and the projects, switched off)
      const asked = watch.mock.calls.map(([r]) => (r ? limitOf(r) : null));
      const lastRender = asked.slice(-5);
      expect(lastRender.filter((l) => l !== null)).toEqual([LARGE_NAMESPACES_PAGE_SIZE]);
    });

    it('asks for no large page unless told to', () => {
      answerWatches((r) =>
        r === null ? [undefined, true, undefined] : [pageOf250, true, undefined],
      );
      probe(() => useVisibleNamespaces());
      expect(watch.mock.calls.some(([r]) => limitOf(r) === LARGE_NAMESPACES_PAGE_SIZE)).toBe(false);
    });

    it('a large page the server refuses goes to the projects as well', () => {
      answerWatches((r) => {
        if (r === null) return [undefined, true, undefined];
        if (!isNamespaceWatch(r)) return [named('Project', ['mine']), true, undefined];
        return limitOf(r) === LARGE_NAMESPACES_PAGE_SIZE
          ? [undefined, false, { code: 403 }]
          : [undefined, false, undefined];
      });
      const got = probe(() => useVisibleNamespaces({ largePages: true }));
      expect(got.source).toBe('projects');
      expect(got.namespaces.map((n) => n.metadata?.name)).toEqual(['mine']);
    });
  });
  describe('with its first page read once (firstRead)', () => {
    const read = jest.mocked(k8sListItems);
    const seen: { current?: ReturnType<typeof useVisibleNamespaces> } = {};
    const Probe: React.FC<{ largePages: boolean }> = ({ largePages }) => {
      seen.current = useVisibleNamespaces({ largePages, firstRead: true });
      return null;
    };
    const settle = () => act(() => Promise.resolve());
    /** The console's watch of the namespaces in its pages of 250 was asked for. */
    const consolePages = () =>
      watch.mock.calls.some(([r]) => isNamespaceWatch(r) && limitOf(r) === undefined);
    const large = (answer: unknown[] | undefined) =>
      answerWatches((r) => {
        if (r === null) return [undefined, true, undefined];
        if (!isNamespaceWatch(r)) return [named('Project', ['mine']), true, undefined];
        return limitOf(r) === LARGE_NAMESPACES_PAGE_SIZE
          ? [answer, !!answer, undefined]
          : [named('Namespace', ['from-console']), true, undefined];
      });

    beforeEach(() => read.mockReset());

    it('reads the first page once, with none of the console pages, until the large list replaces it', async () => {
      implement(read, () => Promise.resolve(pageOf250));
      large(undefined);
      const view = render(<Probe largePages={false} />);
      await settle();
      expect(read).toHaveBeenCalledTimes(1);
      expect(read.mock.lastCall?.[0]?.model.kind).toBe('Namespace');
      expect(read.mock.lastCall?.[0]?.queryParams).toEqual({ limit: '250' });
      expect(seen.current?.namespaces).toBe(pageOf250);
      // a full page: more may follow
      expect(seen.current).toMatchObject({ loaded: true, complete: false, source: 'namespaces' });
      expect(consolePages()).toBe(false);

      // asked for the large list: the read stands in until it is in, then it replaces the read
      view.rerender(<Probe largePages />);
      expect(seen.current).toMatchObject({ namespaces: pageOf250, pending: true });
      large(whole);
      view.rerender(<Probe largePages />);
      expect(seen.current?.namespaces).toBe(whole);
      expect(seen.current?.complete).toBe(true);
      expect(read).toHaveBeenCalledTimes(1);
      expect(consolePages()).toBe(false);
    });

    it("hands over to the console's watch when the read fails for another reason than a refusal", async () => {
      implement(read, () => Promise.reject(new Error('the server went away')));
      large(undefined);
      render(<Probe largePages={false} />);
      await settle();
      expect(consolePages()).toBe(true);
      expect(seen.current?.namespaces.map((n) => n.metadata?.name)).toEqual(['from-console']);
      expect(seen.current?.error).toBeUndefined();
    });

    it('goes to the projects when the read is refused', async () => {
      implement(read, () => Promise.reject(Object.assign(new Error('forbidden'), { code: 403 })));
      large(undefined);
      render(<Probe largePages={false} />);
      await settle();
      expect(seen.current?.source).toBe('projects');
      expect(seen.current?.namespaces.map((n) => n.metadata?.name)).toEqual(['mine']);
    });
  });
});
