import { buildInventory } from './inventory';
import { buildUninstallPlan } from './plan';
import { currentStep, initialRun, remainingFor, runReducer, type RunAction } from './run';
import { ambientInput } from '../../testing/uninstallInput';
import type { Step } from './types';

const steps: Step[] = [
  {
    id: 'a',
    action: 'unlabel',
    ref: { kind: 'Namespace', name: 'bookinfo' },
    changes: { x: null },
  },
  { id: 'b', action: 'delete', ref: { kind: 'ZTunnel', name: 'default' } },
  { id: 'c', action: 'delete', ref: { kind: 'Istio', name: 'default' } },
];
const run = (...actions: RunAction[]) => actions.reduce(runReducer, initialRun);

describe('runReducer', () => {
  it('runs the steps in order: a write, then a wait until the watch shows it gone', () => {
    let s = run({ type: 'start', steps });
    expect(s.phase).toBe('running');
    expect(currentStep(s)?.id).toBe('a');
    s = runReducer(s, { type: 'written', id: 'a', now: 1, alreadyGone: false, wait: false });
    expect(currentStep(s)?.id).toBe('b');
    s = runReducer(s, { type: 'written', id: 'b', now: 2, alreadyGone: false, wait: true });
    expect(s.states.b).toEqual({ status: 'waiting', since: 2 });
    expect(currentStep(s)?.id).toBe('b');
    s = runReducer(s, { type: 'gone', id: 'b' });
    s = runReducer(s, { type: 'written', id: 'c', now: 3, alreadyGone: true, wait: true });
    s = runReducer(s, { type: 'gone', id: 'c' });
    expect(s.phase).toBe('done');
    expect(s.states.c.alreadyGone).toBe(true);
    expect(currentStep(s)).toBeUndefined();
  });

  it('stops at a failed write; Retry sends that write again and keeps what is done', () => {
    let s = run(
      { type: 'start', steps },
      { type: 'written', id: 'a', now: 1, alreadyGone: false, wait: false },
      { type: 'failed', id: 'b', error: 'injected fault (500)' },
    );
    expect(s.phase).toBe('failed');
    expect(currentStep(s)).toBeUndefined();
    s = runReducer(s, { type: 'retry' });
    expect(s.phase).toBe('running');
    expect(s.states.a.status).toBe('done');
    expect(s.states.b.status).toBe('pending');
    expect(currentStep(s)?.id).toBe('b');
  });

  it('a wait that times out fails with what is still there; a late "gone" is ignored', () => {
    let s = run(
      { type: 'start', steps },
      { type: 'written', id: 'a', now: 1, alreadyGone: false, wait: false },
      { type: 'written', id: 'b', now: 2, alreadyGone: false, wait: true },
      { type: 'timeout', id: 'b', remaining: ['ZTunnel/default', 'Pod/ztunnel/z-1'] },
    );
    expect(s.states.b).toEqual({
      status: 'failed',
      timedOut: true,
      error: 'ZTunnel/default, Pod/ztunnel/z-1',
    });
    expect(runReducer(s, { type: 'gone', id: 'b' })).toBe(s);
    s = runReducer(s, { type: 'retry' });
    expect(currentStep(s)?.id).toBe('b');
  });

  it('ignores Retry unless the run failed, and actions for unknown steps', () => {
    const s = run({ type: 'start', steps });
    expect(runReducer(s, { type: 'retry' })).toBe(s);
    expect(runReducer(s, { type: 'failed', id: 'zz', error: 'x' })).toBe(s);
  });
});

describe('remainingFor', () => {
  const input = ambientInput();
  const plan = buildUninstallPlan(buildInventory(input), { unenroll: true, deleteNamespaces: [] });
  const step = (id: string) => plan.steps.find((s) => s.id === id) as Step;

  it('waits for the CR and the pods of its DaemonSet', () => {
    expect(remainingFor(step('delete:ZTunnel/default'), input)).toEqual([
      'ZTunnel/default',
      'Pod/ztunnel/ztunnel-worker-0',
    ]);
    const gone = { ...input, ztunnels: [], pods: [], systemObjects: [] };
    expect(remainingFor(step('delete:ZTunnel/default'), gone)).toEqual([]);
  });

  it('a CR recreated under the same name (another uid) is not the one deleted', () => {
    const again = {
      ...input,
      ztunnels: [{ ...input.ztunnels[0], metadata: { name: 'default', uid: 'new' } }],
    };
    expect(remainingFor(step('delete:ZTunnel/default'), again)).toEqual([
      'Pod/ztunnel/ztunnel-worker-0',
    ]);
  });

  it('waits for the IstioRevisions of an Istio', () => {
    const withRev = {
      ...input,
      istios: [],
      systemObjects: [],
      revisions: [
        {
          metadata: {
            name: 'default',
            ownerReferences: [
              {
                apiVersion: 'sailoperator.io/v1',
                kind: 'Istio',
                name: 'default',
                uid: 'istio-uid',
              },
            ],
          },
        },
      ],
    };
    expect(remainingFor(step('delete:Istio/default'), withRev)).toEqual(['IstioRevision/default']);
  });

  it('a label write does not wait', () => {
    expect(remainingFor(plan.steps[0], input)).toEqual([]);
  });
});
