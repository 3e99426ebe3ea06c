import {
  currentStep,
  elapsedMs,
  initialRun,
  progressOf,
  stepRunner,
  type RunEvent,
  type RunState,
} from './stepRunner';

type Step = { id: string; wait: boolean };
type Changes = { path: string; old: number; new: number }[];
type State = RunState<Step, Changes>;
type Event = RunEvent<Step, Changes>;

const steps: Step[] = [
  { id: 'ns', wait: false },
  { id: 'istio', wait: true },
  { id: 'cni', wait: true },
  { id: 'zt', wait: true },
];
const run = (events: Event[], s: State = initialRun<Step, Changes>(steps)): State =>
  events.reduce<State>(stepRunner, s);
const statuses = (s: State) => progressOf(s).map((x) => x.status);

/** Drives the runner as the hook does: write the current step, mark its wait done when asked. */
const drive = (s: State, readyIds: string[], now = 0): State => {
  let state = s;
  for (let i = 0; i < 20; i += 1) {
    const step = currentStep(state);
    if (!step) return state;
    const st = state.states[step.id];
    if (st.status === 'pending') {
      state = run(
        [
          { type: 'writing', id: step.id, now },
          { type: 'written', id: step.id, outcome: 'created', wait: step.wait, now },
        ],
        state,
      );
    } else if (st.status === 'waiting' && readyIds.includes(step.id)) {
      state = run([{ type: 'ready', id: step.id, now: now + 5 }], state);
    } else return state;
  }
  return state;
};

describe('stepRunner', () => {
  it('starts idle with every step pending, and nothing to act on', () => {
    const s = initialRun<Step, Changes>(steps);
    expect(s.status).toBe('idle');
    expect(statuses(s)).toEqual(['pending', 'pending', 'pending', 'pending']);
    expect(currentStep(s)).toBeUndefined();
  });

  it('writes one step at a time, waits where the write says so, then succeeds', () => {
    let s = run([{ type: 'resume' }]);
    expect(s.status).toBe('running');
    expect(currentStep(s)?.id).toBe('ns');
    s = run([{ type: 'writing', id: 'ns', now: 0 }], s);
    expect(statuses(s)).toEqual(['writing', 'pending', 'pending', 'pending']);
    expect(currentStep(s)?.id).toBe('ns');
    s = run([{ type: 'written', id: 'ns', wait: false, now: 0 }], s);
    s = drive(s, []);
    expect(statuses(s)).toEqual(['done', 'waiting', 'pending', 'pending']);
    expect(currentStep(s)?.id).toBe('istio');
    s = run([{ type: 'progress', id: 'istio', reason: 'IstiodNotReady', message: 'x' }], s);
    expect(s.states.istio).toMatchObject({ reason: 'IstiodNotReady', message: 'x' });
    s = drive(s, ['istio', 'cni', 'zt']);
    expect(s.status).toBe('succeeded');
    expect(statuses(s)).toEqual(['done', 'done', 'done', 'done']);
    expect(s.states.ns.endedAt).toBe(0);
    expect(currentStep(s)).toBeUndefined();
  });

  it('keeps what each write did: outcome, generation, nothing to do', () => {
    let s = run([{ type: 'resume' }]);
    s = run(
      [
        { type: 'written', id: 'ns', wait: false, outcome: 'unchanged', alreadyDone: true, now: 1 },
        { type: 'written', id: 'istio', wait: true, outcome: 'patched', generation: 4, now: 2 },
      ],
      s,
    );
    expect(s.states.ns).toMatchObject({ status: 'done', outcome: 'unchanged', alreadyDone: true });
    expect(s.states.istio).toEqual({
      id: 'istio',
      status: 'waiting',
      outcome: 'patched',
      generation: 4,
      since: 2,
    });
  });

  it('times out a wait naming what is left, with the last reason, and Retry resumes there', () => {
    let s = drive(run([{ type: 'resume' }]), ['istio']);
    s = run([{ type: 'progress', id: 'cni', reason: 'DaemonSetNotReady' }], s);
    s = run([{ type: 'timeout', id: 'cni', now: 180000, remaining: ['Pod/a', 'Pod/b'] }], s);
    expect(s.status).toBe('failed');
    expect(s.states.cni).toMatchObject({
      status: 'failed',
      timedOut: true,
      error: 'Pod/a, Pod/b',
      reason: 'DaemonSetNotReady',
    });
    expect(elapsedMs(s.states.cni, 999999)).toBe(180000);
    expect(currentStep(s)).toBeUndefined();
    // A late "ready" for the failed step changes nothing.
    expect(run([{ type: 'ready', id: 'cni', now: 180001 }], s)).toBe(s);
    s = run([{ type: 'resume' }], s);
    expect(s.attempts).toBe(2);
    expect(statuses(s)).toEqual(['done', 'done', 'pending', 'pending']);
    expect(s.states.cni).toEqual({ id: 'cni', status: 'pending' });
    expect(currentStep(s)?.id).toBe('cni');
  });

  it('never repeats a finished write on Retry', () => {
    const s = drive(run([{ type: 'resume' }]), ['istio']);
    const failed = run([{ type: 'failed', id: 'cni', error: 'x', now: 1 }], s);
    const again = drive(run([{ type: 'resume' }], failed), ['cni', 'zt']);
    expect(again.status).toBe('succeeded');
    // The done steps are the very records of the first attempt: not written again.
    expect(again.states.ns).toBe(failed.states.ns);
    expect(again.states.istio).toBe(failed.states.istio);
  });

  it('stops at a write error with its message and what changed meanwhile', () => {
    let s = run([{ type: 'resume' }, { type: 'writing', id: 'ns', now: 0 }]);
    const changes = [{ path: 'spec.a', old: 1, new: 2 }];
    s = run([{ type: 'failed', id: 'ns', error: 'forbidden', changes, now: 1 }], s);
    expect(s.status).toBe('failed');
    expect(s.states.ns).toMatchObject({ status: 'failed', error: 'forbidden', changes });
    expect(currentStep(s)).toBeUndefined();
  });

  it('ignores stray events: unknown steps, a wait event for a step not waiting, a stopped run', () => {
    const s = run([{ type: 'resume' }]);
    expect(run([{ type: 'failed', id: 'zz', error: 'x', now: 1 }], s)).toBe(s);
    expect(run([{ type: 'ready', id: 'istio', now: 1 }], s)).toBe(s);
    expect(run([{ type: 'timeout', id: 'istio', now: 1 }], s)).toBe(s);
    expect(run([{ type: 'progress', id: 'istio', reason: 'r' }], s)).toBe(s);
    const idle = initialRun<Step, Changes>(steps);
    expect(run([{ type: 'writing', id: 'ns', now: 0 }], idle)).toBe(idle);
  });

  it('keeps the same state object when the same report comes again', () => {
    const s = run([
      { type: 'resume' },
      { type: 'written', id: 'ns', wait: true, now: 0 },
      { type: 'progress', id: 'ns', reason: 'PodsRolling', message: 'n1' },
    ]);
    const same: Event = { type: 'progress', id: 'ns', reason: 'PodsRolling', message: 'n1' };
    expect(stepRunner(s, same)).toBe(s);
    expect(stepRunner(s, { ...same, message: 'n2' }).states.ns.message).toBe('n2');
  });

  it('resumes only when idle or failed, with the plan as it is now', () => {
    const s = run([{ type: 'resume' }]);
    expect(run([{ type: 'resume' }], s)).toBe(s);
    const failed = run([{ type: 'failed', id: 'ns', error: 'x', now: 1 }], drive(s, []));
    const smaller = steps.filter((x) => x.id !== 'zt');
    const again = run([{ type: 'resume', steps: smaller }], failed);
    expect(again.steps).toBe(smaller);
    expect(Object.keys(again.states)).toEqual(['ns', 'istio', 'cni']);
    const done = drive(run([{ type: 'resume' }]), ['istio', 'cni', 'zt']);
    expect(run([{ type: 'resume' }], done)).toBe(done);
  });

  it('is never reset or restarted while it runs; otherwise reset goes back to idle', () => {
    const s = run([{ type: 'resume' }]);
    expect(run([{ type: 'reset', steps }], s)).toBe(s);
    expect(run([{ type: 'start', steps }], s)).toBe(s);
    const failed = run([{ type: 'failed', id: 'ns', error: 'x', now: 1 }], s);
    expect(run([{ type: 'reset', steps }], failed)).toEqual(initialRun(steps));
  });

  it('start begins a new run of the steps given, with nothing kept from the last one', () => {
    const done = drive(run([{ type: 'start', steps }]), ['istio', 'cni', 'zt']);
    expect(done.status).toBe('succeeded');
    const next = [{ id: 'rollback', wait: false }];
    const s = run([{ type: 'start', steps: next }], done);
    expect(s.status).toBe('running');
    expect(s.steps).toBe(next);
    expect(s.states).toEqual({ rollback: { id: 'rollback', status: 'pending' } });
    expect(run([{ type: 'start', steps: [] }], done).status).toBe('succeeded');
  });
});
