import * as React from 'react';
import { act, render } from '@testing-library/react';
import { progressOf } from '../../mesh/common/stepRunner';
import { useStepRun, type StepRun, type WaitCheck, type Written } from './useStepRun';

type Step = { id: string };
type Live = Record<string, WaitCheck>;
const steps: Step[] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

class Stale extends Error {
  changes = ['spec.x'];
}

const harness = (write: (s: Step) => Promise<Written>, first: Live = {}, timeoutMs = 1000) => {
  const out: { run?: StepRun<Step, string[]> } = {};
  const Probe: React.FC<{ live: Live }> = ({ live }) => {
    out.run = useStepRun<Step, string[]>(steps, {
      write,
      check: (s) => live[s.id] ?? { done: false },
      changesOf: (e) => (e instanceof Stale ? e.changes : undefined),
      timeoutMs,
    });
    return null;
  };
  const view = render(<Probe live={first} />);
  return {
    run: () => out.run as StepRun<Step, string[]>,
    feed: (live: Live) => view.rerender(<Probe live={live} />),
    unmount: view.unmount,
  };
};
const flush = () => act(() => Promise.resolve());
const statuses = (r: StepRun<Step, string[]>) => progressOf(r.state).map((s) => s.status);

describe('useStepRun', () => {
  afterEach(() => jest.useRealTimers());

  it('writes one step at a time, then waits on the watches before the next', async () => {
    const write = jest.fn((s: Step) =>
      Promise.resolve<Written>({ wait: s.id !== 'a', outcome: 'created' }),
    );
    const h = harness(write);
    expect(write).not.toHaveBeenCalled();
    act(() => h.run().resume());
    expect(statuses(h.run())).toEqual(['writing', 'pending', 'pending']);
    await flush();
    await flush();
    expect(write.mock.calls.map((c) => c[0].id)).toEqual(['a', 'b']);
    expect(statuses(h.run())).toEqual(['done', 'waiting', 'pending']);
    h.feed({ b: { done: false, reason: 'NotReady', message: 'n1' } });
    expect(h.run().state.states.b).toMatchObject({ reason: 'NotReady', message: 'n1' });
    expect(write).toHaveBeenCalledTimes(2);
    h.feed({ b: { done: true } });
    await flush();
    expect(write.mock.calls.map((c) => c[0].id)).toEqual(['a', 'b', 'c']);
    h.feed({ b: { done: true }, c: { done: true } });
    expect(h.run().state.status).toBe('succeeded');
    expect(write).toHaveBeenCalledTimes(3);
  });

  it('times out a wait at timeoutMs, naming what is still awaited; Retry writes that step again', async () => {
    jest.useFakeTimers();
    const write = jest.fn((_: Step) => Promise.resolve<Written>({ wait: true }));
    const h = harness(write, { a: { done: true } });
    act(() => h.run().resume());
    await flush();
    h.feed({ a: { done: true }, b: { done: false, remaining: ['Pod/x', 'Pod/y'] } });
    act(() => {
      jest.advanceTimersByTime(999);
    });
    expect(h.run().state.status).toBe('running');
    act(() => {
      jest.advanceTimersByTime(2);
    });
    expect(h.run().state.status).toBe('failed');
    expect(h.run().state.states.b).toMatchObject({ timedOut: true, error: 'Pod/x, Pod/y' });
    act(() => h.run().resume());
    await flush();
    expect(write.mock.calls.map((c) => c[0].id)).toEqual(['a', 'b', 'b']);
    expect(statuses(h.run())).toEqual(['done', 'waiting', 'pending']);
  });

  it('stops at a failed write with its message and changes; Retry never repeats a done write', async () => {
    const write = jest
      .fn<Promise<Written>, [Step]>()
      .mockResolvedValueOnce({ wait: false })
      .mockRejectedValueOnce(new Stale('changed meanwhile'))
      .mockResolvedValue({ wait: false });
    const h = harness(write);
    act(() => h.run().resume());
    await flush();
    await flush();
    expect(h.run().state.status).toBe('failed');
    expect(h.run().state.states.b).toMatchObject({
      status: 'failed',
      error: 'changed meanwhile',
      changes: ['spec.x'],
    });
    await flush();
    expect(write).toHaveBeenCalledTimes(2);
    act(() => h.run().resume());
    await flush();
    await flush();
    expect(write.mock.calls.map((c) => c[0].id)).toEqual(['a', 'b', 'b', 'c']);
    expect(h.run().state.status).toBe('succeeded');
  });

  it('reset goes back to idle with new steps, but never while the run runs', async () => {
    const write = jest.fn(() => new Promise<Written>(() => undefined));
    const h = harness(write);
    act(() => h.run().reset([{ id: 'z' }]));
    expect(h.run().state.steps.map((s) => s.id)).toEqual(['z']);
    act(() => h.run().start(steps));
    act(() => h.run().reset([{ id: 'z' }]));
    expect(h.run().state.steps).toBe(steps);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('drops results and timers once the page is gone', async () => {
    jest.useFakeTimers();
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let finish: (w: Written) => void = () => undefined;
    const write = jest.fn(() => new Promise<Written>((r) => (finish = r)));
    const h = harness(write);
    act(() => h.run().resume());
    h.unmount();
    await act(async () => finish({ wait: true }));
    act(() => {
      jest.advanceTimersByTime(5000);
    });
    expect(write).toHaveBeenCalledTimes(1);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
