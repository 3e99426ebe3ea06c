import * as React from 'react';
import { act, render } from '@testing-library/react';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { LabelChanges } from '../../k8s/common/labelPatch';
import { LabelConflictError } from '../../k8s/common/labelPatch';
import { useLabelWrites, type LabelWrites, type WriteProblem } from './useLabelWrites';

type Obj = K8sResourceCommon;
const obj = (name: string, labels: Record<string, string>, resourceVersion = '1'): Obj => ({
  metadata: { name, labels, resourceVersion },
});

const describe_ = (p: WriteProblem): string =>
  p.kind === 'error' ? String((p.error as Error).message) : JSON.stringify(p);

const harness = (patch: (o: Obj, c: LabelChanges) => Promise<Obj>, boundMs = 10000) => {
  const out: { writes?: LabelWrites<Obj> } = {};
  const Harness: React.FC<{ watched: Obj[] }> = ({ watched }) => {
    out.writes = useLabelWrites(watched, patch, describe_, boundMs);
    return null;
  };
  const view = render(<Harness watched={[obj('a', {})]} />);
  return {
    writes: () => out.writes as LabelWrites<Obj>,
    watch: (watched: Obj[]) => view.rerender(<Harness watched={watched} />),
  };
};

describe('useLabelWrites', () => {
  it('shows the change at once and keeps it until the watch shows it', async () => {
    const patch = jest.fn(async (o: Obj) =>
      obj('a', { m: 'ambient' }, `${o.metadata?.resourceVersion}+`),
    );
    const h = harness(patch);
    await act(async () => {
      expect(await h.writes().write('a', { m: 'ambient' })).toBe(true);
    });
    expect(h.writes().display([obj('a', {})])[0].metadata?.labels).toEqual({ m: 'ambient' });
    expect(h.writes().pending).toEqual({ a: { m: 'ambient' } });
    h.watch([obj('a', { m: 'ambient' }, '2')]);
    expect(h.writes().pending).toEqual({});
  });

  it('builds on its last write until the watch catches up', async () => {
    const patch = jest.fn(async (o: Obj, c: LabelChanges) => ({
      ...o,
      metadata: {
        ...o.metadata,
        labels: { ...o.metadata?.labels, ...c } as Record<string, string>,
      },
    }));
    const h = harness(patch);
    await act(async () => {
      await h.writes().write('a', { x: '1' });
      await h.writes().write('a', { y: '2' });
    });
    expect(patch.mock.calls[1][0].metadata?.labels).toEqual({ x: '1' });
  });

  it('rolls back and records the error when the write fails', async () => {
    const h = harness(async () => Promise.reject(new Error('forbidden')));
    await act(async () => {
      expect(await h.writes().write('a', { m: 'ambient' })).toBe(false);
    });
    expect(h.writes().pending).toEqual({});
    expect(h.writes().errors).toEqual({ a: 'forbidden' });
    act(() => h.writes().dismissError('a'));
    expect(h.writes().errors).toEqual({});
  });

  it('is busy while the write is in flight and refuses a second write to the same object', async () => {
    let finish: (o: Obj) => void = () => undefined;
    const patch = jest.fn(() => new Promise<Obj>((r) => (finish = r)));
    const h = harness(patch);
    let first: Promise<boolean> = Promise.resolve(false);
    act(() => {
      first = h.writes().write('a', { m: 'ambient' });
    });
    expect(h.writes().busy).toEqual({ a: true });
    let second = true;
    await act(async () => {
      second = await h.writes().write('a', { m: null });
    });
    expect(second).toBe(false);
    expect(patch).toHaveBeenCalledTimes(1);
    await act(async () => {
      finish(obj('a', { m: 'ambient' }, '2'));
      await first;
    });
    expect(h.writes().busy).toEqual({});
  });

  it('drops the change with a notice when the server reverts it', async () => {
    const h = harness(async () => obj('a', { m: 'ambient' }, '2'));
    await act(async () => {
      await h.writes().write('a', { m: 'ambient' });
    });
    h.watch([obj('a', { m: 'ambient' }, '2')]);
    expect(h.writes().pending).toEqual({});
    // a controller sets it back: a later version without the change
    h.watch([obj('a', { m: 'none' }, '3')]);
    expect(h.writes().problems).toEqual({
      a: { kind: 'reverted', key: 'm', wanted: 'ambient', now: 'none' },
    });
  });

  it('drops a change the watch shows a later version without, before ever showing it', async () => {
    const h = harness(async () => obj('a', { m: 'ambient' }, '2'));
    await act(async () => {
      await h.writes().write('a', { m: 'ambient' });
    });
    h.watch([obj('a', {}, '3')]);
    expect(h.writes().pending).toEqual({});
    expect(h.writes().problems.a?.kind).toBe('reverted');
  });

  it('drops a change the watch does not show within the bound, with a notice', async () => {
    jest.useFakeTimers();
    try {
      const h = harness(async () => obj('a', { m: 'ambient' }, '2'), 1000);
      await act(async () => {
        await h.writes().write('a', { m: 'ambient' });
      });
      expect(h.writes().pending).toEqual({ a: { m: 'ambient' } });
      act(() => {
        jest.advanceTimersByTime(1100);
      });
      expect(h.writes().pending).toEqual({});
      expect(h.writes().problems).toEqual({ a: { kind: 'timeout', seconds: 1 } });
    } finally {
      jest.useRealTimers();
    }
  });

  it('records a conflict as such, not as an error', async () => {
    const conflicts = [{ key: 'm', seen: null, now: 'none', wanted: 'ambient' }];
    const h = harness(async () => Promise.reject(new LabelConflictError(conflicts, obj('a', {}))));
    await act(async () => {
      expect(await h.writes().write('a', { m: 'ambient' })).toBe(false);
    });
    expect(h.writes().pending).toEqual({});
    expect(h.writes().problems).toEqual({ a: { kind: 'conflict', conflicts } });
    expect(h.writes().errors.a).toContain('"now":"none"');
  });
});
