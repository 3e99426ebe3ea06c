import * as React from 'react';
import { act, render } from '@testing-library/react';
import type { Step, UninstallInput } from '../../mesh/uninstall/types';
import { writeStep } from '../../resources/uninstall/steps';
import { ambientInput } from '../../testing/uninstallInput';
import { useUninstallRun, type UninstallRun } from './useUninstallRun';

jest.mock('../../resources/uninstall/steps', () => ({ writeStep: jest.fn() }));
const write = jest.mocked(writeStep);

const steps: Step[] = [
  { id: 'labels', action: 'unlabel', ref: { kind: 'Namespace', name: 'bookinfo' }, changes: {} },
  {
    id: 'zt',
    action: 'delete',
    ref: { kind: 'ZTunnel', name: 'default', uid: 'zt-uid' },
    waitPods: { namespace: 'ztunnel', labels: { app: 'ztunnel' } },
  },
];

const harness = (input: UninstallInput, timeoutMs = 60000) => {
  const out: { run?: UninstallRun } = {};
  const Probe: React.FC<{ input: UninstallInput }> = (p) => {
    out.run = useUninstallRun(p.input, 'v1alpha1', timeoutMs);
    return null;
  };
  const view = render(<Probe input={input} />);
  const run = () => out.run as UninstallRun;
  return { run, rerender: (i: UninstallInput) => view.rerender(<Probe input={i} />) };
};
const flush = () => act(() => Promise.resolve());

describe('useUninstallRun', () => {
  beforeEach(() => write.mockReset());
  afterEach(() => jest.useRealTimers());

  it('writes in order and waits for the watch to show the ZTunnel and its pods gone', async () => {
    write.mockResolvedValue('written');
    const input = ambientInput();
    const h = harness(input);
    act(() => h.run().start(steps));
    await flush();
    await flush();
    expect(write.mock.calls.map((c) => c[0].id)).toEqual(['labels', 'zt']);
    expect(write.mock.calls[0][1]?.metadata?.name).toBe('bookinfo');
    expect(h.run().state.states.zt.status).toBe('waiting');
    h.rerender({ ...input, ztunnels: [] });
    expect(h.run().state.states.zt.status).toBe('waiting'); // its pod is still there
    h.rerender({ ...input, ztunnels: [], pods: [], systemObjects: [] });
    expect(h.run().state.status).toBe('succeeded');
  });

  it('times out a wait with what is still there; Retry sends the delete again and waits again', async () => {
    jest.useFakeTimers();
    write.mockResolvedValue('written');
    const h = harness(ambientInput(), 1000);
    act(() => h.run().start(steps));
    await flush();
    await flush();
    act(() => {
      jest.advanceTimersByTime(1500);
    });
    expect(h.run().state.states.zt).toEqual({
      id: 'zt',
      status: 'failed',
      timedOut: true,
      error: 'ZTunnel/default, Pod/ztunnel/ztunnel-worker-0',
      startedAt: expect.any(Number),
      since: expect.any(Number),
      endedAt: expect.any(Number),
    });
    const zt = h.run().state.states.zt;
    expect((zt.endedAt ?? 0) - (zt.since ?? 0)).toBeGreaterThanOrEqual(1000);
    act(() => h.run().retry());
    await flush();
    expect(write).toHaveBeenCalledTimes(3);
    expect(h.run().state.states.labels.status).toBe('done');
  });

  it('stops at a failed write and Retry continues with that step', async () => {
    write.mockResolvedValueOnce('written').mockRejectedValueOnce(new Error('etcd is down'));
    const h = harness(ambientInput());
    act(() => h.run().start(steps));
    await flush();
    await flush();
    expect(h.run().state.status).toBe('failed');
    expect(h.run().state.states.zt.error).toBe('etcd is down');
    write.mockResolvedValue('gone');
    act(() => h.run().retry());
    await flush();
    expect(write.mock.calls.map((c) => c[0].id)).toEqual(['labels', 'zt', 'zt']);
    expect(h.run().state.states.zt).toMatchObject({ status: 'waiting', alreadyDone: true });
  });
});
