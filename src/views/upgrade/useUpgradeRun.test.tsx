import * as React from 'react';
import { act, render } from '@testing-library/react';
import type { PodKind } from '../../k8s/pod/types';
import { progressOf } from '../../mesh/common/stepRunner';
import { buildUpgradePlan, type UpgradePlan } from '../../mesh/upgrade/plan';
import { writeUpgradeStep } from '../../resources/upgrade/writes';
import { unchecked } from '../../testing/watch';
import type { UpgradeData } from './useUpgradeData';
import { useUpgradeRun, type UpgradeRun } from './useUpgradeRun';

jest.mock('../../resources/upgrade/writes', () => ({ writeUpgradeStep: jest.fn() }));
const write = jest.mocked(writeUpgradeStep);

const cr = (version: string, generation: number, observed = generation, ready = true) => ({
  metadata: { name: 'default', generation, resourceVersion: `${generation}` },
  spec: { version, namespace: 'istio-system' },
  status: {
    observedGeneration: observed,
    conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', reason: 'Rolling' }],
  },
});
const agent = (app: string, node: string, version: string, ready = true): PodKind => ({
  metadata: { name: `${app}-${node}-${version}`, labels: { app } },
  spec: {
    nodeName: node,
    containers: [{ name: 'c', image: `registry.example/${app}:${version}` }],
  },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});

type Install = {
  istio: ReturnType<typeof cr>;
  ztunnel: ReturnType<typeof cr>;
  cni: ReturnType<typeof cr>;
};
const dataOf = (
  install: Install,
  pods: { istiod: PodKind[]; ztunnel: PodKind[]; cni: PodKind[] },
) =>
  unchecked<UpgradeData>({
    install: { ...install, tags: [] },
    pods: { ...pods, loaded: true },
    ztunnelVersion: 'v1',
  });

const old: Install = { istio: cr('v1.26.8', 1), ztunnel: cr('v1.26.8', 1), cni: cr('v1.26.8', 1) };
const oldPods = {
  istiod: [agent('istiod', 'n1', '1.26.8')],
  ztunnel: [agent('ztunnel', 'n1', '1.26.8'), agent('ztunnel', 'n2', '1.26.8')],
  cni: [agent('cni', 'n1', '1.26.8'), agent('cni', 'n2', '1.26.8')],
};

const harness = (plan: UpgradePlan, data: UpgradeData, timeoutMs = 60000) => {
  const out: { run?: UpgradeRun } = {};
  const Probe: React.FC<{ d: UpgradeData }> = ({ d }) => {
    out.run = useUpgradeRun(plan, d, timeoutMs);
    return null;
  };
  const view = render(<Probe d={data} />);
  return {
    run: () => out.run as UpgradeRun,
    rerender: (d: UpgradeData) => view.rerender(<Probe d={d} />),
  };
};
const flush = () => act(() => Promise.resolve());
const written = (generation: number, outcome: 'patched' | 'unchanged' = 'patched') =>
  ({ outcome, generation, object: {} }) as Awaited<ReturnType<typeof writeUpgradeStep>>;
const steps = (r: UpgradeRun) => progressOf(r.state);
const phases = (r: UpgradeRun) => steps(r).map((s) => s.status);

describe('useUpgradeRun', () => {
  const plan = buildUpgradePlan(unchecked({ ...old, tags: [] }), 'v1.27.3');
  beforeEach(() => write.mockReset());
  afterEach(() => jest.useRealTimers());

  it('patches Istio, waits for Ready at the new generation and istiod, then ZTunnel per node, then IstioCNI', async () => {
    write.mockResolvedValue(written(2));
    const h = harness(plan, dataOf(old, oldPods));
    act(() => h.run().start());
    await flush();
    expect(write.mock.calls.map((c) => c[0].id)).toEqual(['Istio/default']);
    expect(write.mock.calls[0][1]).toBe(old.istio);
    expect(phases(h.run())).toEqual(['waiting', 'pending', 'pending']);
    // Ready, but for the old generation: still waiting
    h.rerender(dataOf({ ...old, istio: cr('v1.27.3', 2, 1) }, oldPods));
    expect(phases(h.run())[0]).toBe('waiting');
    const istioDone = { ...old, istio: cr('v1.27.3', 2) };
    const newIstiod = { ...oldPods, istiod: [agent('istiod', 'n2', '1.27.3')] };
    h.rerender(dataOf(istioDone, newIstiod));
    await flush();
    expect(write.mock.calls.map((c) => c[0].id)).toEqual(['Istio/default', 'ZTunnel/default']);
    const zt = { ...istioDone, ztunnel: cr('v1.27.3', 2) };
    const half = { ...newIstiod, ztunnel: [agent('ztunnel', 'n1', '1.27.3'), oldPods.ztunnel[1]] };
    h.rerender(dataOf(zt, half));
    expect(phases(h.run())[1]).toBe('waiting');
    expect(steps(h.run())[1]).toMatchObject({ reason: 'PodsRolling', message: 'n2' });
    expect(h.run().rows['ZTunnel/default'].map((r) => [r.key, r.before, r.image, r.state])).toEqual(
      [
        ['n1', 'registry.example/ztunnel:1.26.8', 'registry.example/ztunnel:1.27.3', 'done'],
        ['n2', 'registry.example/ztunnel:1.26.8', 'registry.example/ztunnel:1.26.8', 'old'],
      ],
    );
    const allZt = {
      ...half,
      ztunnel: [agent('ztunnel', 'n1', '1.27.3'), agent('ztunnel', 'n2', '1.27.3')],
    };
    h.rerender(dataOf(zt, allZt));
    await flush();
    expect(write.mock.calls.map((c) => c[0].id)).toEqual([
      'Istio/default',
      'ZTunnel/default',
      'IstioCNI/default',
    ]);
    const cniPods = [agent('cni', 'n1', '1.27.3'), agent('cni', 'n2', '1.27.3')];
    h.rerender(dataOf({ ...zt, cni: cr('v1.27.3', 2) }, { ...allZt, cni: cniPods }));
    expect(h.run().state.status).toBe('succeeded');
  });

  it('times out with the condition and the nodes left; Retry continues at that step', async () => {
    jest.useFakeTimers();
    write.mockResolvedValue(written(2));
    const istioDone = { ...old, istio: cr('v1.27.3', 2) };
    const pods = { ...oldPods, istiod: [agent('istiod', 'n2', '1.27.3')] };
    const h = harness(plan, dataOf(old, oldPods), 1000);
    act(() => h.run().start());
    await flush();
    h.rerender(dataOf(istioDone, pods));
    await flush();
    const stuck = { ...istioDone, ztunnel: cr('v1.27.3', 2, 2, false) };
    h.rerender(dataOf(stuck, pods));
    act(() => {
      jest.advanceTimersByTime(1001);
    });
    expect(h.run().state.status).toBe('failed');
    expect(steps(h.run())[1]).toMatchObject({
      timedOut: true,
      reason: 'Rolling',
      message: 'n1, n2',
    });
    write.mockResolvedValue(written(2, 'unchanged'));
    act(() => h.run().start());
    await flush();
    expect(write.mock.calls.map((c) => c[0].id)).toEqual([
      'Istio/default',
      'ZTunnel/default',
      'ZTunnel/default',
    ]);
    expect(steps(h.run())[0].status).toBe('done');
    expect(steps(h.run())[1]).toMatchObject({ status: 'waiting', outcome: 'unchanged' });
  });

  it('stops on a failed patch with its error, and Retry patches that step again', async () => {
    write.mockRejectedValueOnce(new Error('boom'));
    const h = harness(plan, dataOf(old, oldPods));
    act(() => h.run().start());
    await flush();
    expect(steps(h.run())[0]).toMatchObject({ status: 'failed', error: 'boom' });
    write.mockResolvedValue(written(2));
    act(() => h.run().start());
    await flush();
    expect(write).toHaveBeenCalledTimes(2);
    expect(steps(h.run())[0].status).toBe('waiting');
  });
});
