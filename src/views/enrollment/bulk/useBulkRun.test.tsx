import * as React from 'react';
import { act, render } from '@testing-library/react';
import type { BulkItem } from '../../../mesh/enrollment/bulk';
import type { LabelChanges } from '../../../k8s/common/labelPatch';
import { useBulkRun, type BulkRun } from './useBulkRun';

const item = (name: string, noop = false): BulkItem => ({
  name,
  namespace: { metadata: { name } },
  changes: { 'istio.io/dataplane-mode': 'ambient' },
  noop,
});

const harness = (write: (name: string, changes: LabelChanges) => Promise<boolean>) => {
  const out: { run?: BulkRun } = {};
  const Harness: React.FC = () => {
    out.run = useBulkRun(write);
    return null;
  };
  const view = render(<Harness />);
  return { run: () => out.run as BulkRun, unmount: view.unmount };
};
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const statuses = (run: BulkRun) =>
  Object.fromEntries((run.results ?? []).map((r) => [r.name, r.status]));

describe('useBulkRun', () => {
  it('reports each namespace, and "Retry failed" writes only the failed ones again', async () => {
    const failOnce = new Set(['b', 'd']);
    const write = jest.fn(async (name: string) => !failOnce.delete(name));
    const h = harness(write);
    act(() =>
      h.run().start([item('a'), item('b'), item('c', true), item('d'), item('e')], new Set(['e'])),
    );
    await flush();
    expect(statuses(h.run())).toEqual({
      a: 'done',
      b: 'failed',
      c: 'unchanged',
      d: 'failed',
      e: 'skipped',
    });
    write.mockClear();
    act(() => h.run().retryFailed());
    await flush();
    expect(write.mock.calls.map((c) => c[0]).sort()).toEqual(['b', 'd']);
    expect(statuses(h.run())).toMatchObject({ b: 'done', d: 'done' });
  });

  it('Cancel lets the writes in flight finish and starts no other', async () => {
    const pending: (() => void)[] = [];
    const write = jest.fn(() => new Promise<boolean>((r) => pending.push(() => r(true))));
    const h = harness(write);
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    act(() =>
      h.run().start(
        names.map((n) => item(n)),
        new Set(),
      ),
    );
    await flush();
    expect(write).toHaveBeenCalledTimes(4);
    act(() => h.run().cancel());
    await act(async () => {
      pending.splice(0).forEach((resolve) => resolve());
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(write).toHaveBeenCalledTimes(4);
    expect(h.run().running).toBe(false);
    expect(statuses(h.run())).toEqual({
      a: 'done',
      b: 'done',
      c: 'done',
      d: 'done',
      e: 'cancelled',
      f: 'cancelled',
    });
  });

  it('closing the dialog stops further writes', async () => {
    const pending: (() => void)[] = [];
    const write = jest.fn(() => new Promise<boolean>((r) => pending.push(() => r(true))));
    const h = harness(write);
    act(() =>
      h.run().start(
        ['a', 'b', 'c', 'd', 'e'].map((n) => item(n)),
        new Set(),
      ),
    );
    await flush();
    h.unmount();
    pending.splice(0).forEach((resolve) => resolve());
    await new Promise((r) => setTimeout(r, 10));
    expect(write).toHaveBeenCalledTimes(4);
  });
});
