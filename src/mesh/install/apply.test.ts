import {
  applyReducer,
  elapsedMs,
  initialApplyState,
  nextStepToWrite,
  readyFor,
  waitingStep,
} from './apply';
import type { ApplyEvent, ApplyState } from './apply';
import { buildInstallPlan } from './plan';
import { DEFAULT_CHOICES } from './types';

const plan = buildInstallPlan({ ...DEFAULT_CHOICES, version: 'v1.26.8' }, { ztunnelVersion: 'v1' });
const run = (events: ApplyEvent[], s: ApplyState = initialApplyState(plan)) =>
  events.reduce(applyReducer, s);

/** Drives the machine as the engine does: write next, mark Ready when asked. */
const drive = (s: ApplyState, readyIds: string[], now = 0): ApplyState => {
  let state = s;
  for (let i = 0; i < 20; i += 1) {
    const next = nextStepToWrite(state);
    if (next) {
      state = run(
        [
          { type: 'writing', id: next.id, now },
          { type: 'written', id: next.id, outcome: 'created', now },
        ],
        state,
      );
      continue;
    }
    const w = waitingStep(state);
    if (!w || !readyIds.includes(w.id)) return state;
    state = run([{ type: 'ready', id: w.id, now: now + 5 }], state);
  }
  return state;
};

describe('apply state machine', () => {
  it('writes one step at a time and waits for Ready on the CRs', () => {
    let s = run([{ type: 'start', now: 0 }]);
    expect(nextStepToWrite(s)?.id).toBe('Namespace/istio-system');
    s = drive(s, []);
    expect(waitingStep(s)?.id).toBe('Istio/default');
    expect(nextStepToWrite(s)).toBeUndefined();
    s = run([{ type: 'progress', id: 'Istio/default', reason: 'IstiodNotReady' }], s);
    expect(waitingStep(s)?.reason).toBe('IstiodNotReady');
    s = drive(s, ['Istio/default', 'IstioCNI/default', 'ZTunnel/default']);
    expect(s.status).toBe('succeeded');
    expect(s.steps.every((x) => x.phase === 'done')).toBe(true);
  });

  it('fails on time-out with the last reason and retries only what is not done', () => {
    let s = drive(run([{ type: 'start', now: 0 }]), ['Istio/default']);
    s = run([{ type: 'progress', id: 'IstioCNI/default', reason: 'DaemonSetNotReady' }], s);
    s = run([{ type: 'timeout', id: 'IstioCNI/default', now: 180000 }], s);
    expect(s.status).toBe('failed');
    const failed = s.steps.find((x) => x.id === 'IstioCNI/default');
    expect(failed).toMatchObject({
      phase: 'failed',
      error: 'timeout',
      reason: 'DaemonSetNotReady',
    });
    expect(elapsedMs(failed!, 999999)).toBe(180000);
    s = run([{ type: 'start', now: 1 }], s);
    expect(s.attempts).toBe(2);
    expect(s.steps.filter((x) => x.phase === 'done')).toHaveLength(4);
    expect(nextStepToWrite(s)?.id).toBe('IstioCNI/default');
  });

  it('stops at a write error and ignores stray events', () => {
    let s = run([
      { type: 'start', now: 0 },
      { type: 'writing', id: 'Namespace/istio-system', now: 0 },
    ]);
    s = run([{ type: 'failed', id: 'Namespace/istio-system', error: 'forbidden', now: 1 }], s);
    expect(s.status).toBe('failed');
    expect(nextStepToWrite(s)).toBeUndefined();
    expect(run([{ type: 'ready', id: 'Istio/default', now: 2 }], s)).toEqual(s);
    expect(run([{ type: 'reset', plan }], s)).toEqual(initialApplyState(plan));
  });

  it('is never reset while it runs, and a start takes the plan as it is now', () => {
    const s = run([{ type: 'start', now: 0 }]);
    expect(run([{ type: 'reset', plan }], s)).toBe(s);
    const smaller = { steps: plan.steps.filter((x) => x.kind !== 'Namespace') };
    const failed = run([{ type: 'failed', id: 'Namespace/istio-system', error: 'x', now: 1 }], s);
    const again = run([{ type: 'start', now: 2, plan: smaller }], failed);
    expect(again.steps.map((x) => x.id)).toEqual(smaller.steps.map((x) => x.id));
  });

  it('keeps the generation a write produced and the changes that stopped a step', () => {
    let s = run([{ type: 'start', now: 0 }]);
    s = run(
      [{ type: 'written', id: 'Istio/default', outcome: 'patched', generation: 4, now: 1 }],
      s,
    );
    expect(s.steps.find((x) => x.id === 'Istio/default')?.generation).toBe(4);
    const changes = [{ path: 'spec.a', old: 1, new: 2 }];
    s = run([{ type: 'failed', id: 'IstioCNI/default', error: 'x', changes, now: 2 }], s);
    expect(s.steps.find((x) => x.id === 'IstioCNI/default')?.changes).toEqual(changes);
  });
});

describe('readyFor', () => {
  const obj = (generation: number, observed: number, ready = 'True' as 'True' | 'False') => ({
    metadata: { generation },
    status: { observedGeneration: observed, conditions: [{ type: 'Ready', status: ready }] },
  });

  it('is Ready only when reported for the generation the write produced', () => {
    // The watch's old object: Ready, but for the generation before the patch.
    expect(readyFor(obj(3, 3), 4)).toEqual({ ready: false, reason: 'ObservedGenerationStale' });
    expect(readyFor(obj(4, 3), 4).ready).toBe(false);
    expect(readyFor(obj(4, 4, 'False'), 4).ready).toBe(false);
    expect(readyFor(obj(4, 4), 4).ready).toBe(true);
    expect(readyFor(obj(5, 5), 4).ready).toBe(true);
    expect(readyFor(undefined, 4).ready).toBe(false);
  });
});

describe('applyReducer progress', () => {
  it('keeps the same state object when the same report comes again', () => {
    const id = 'ZTunnel/default';
    const s = run(
      [
        { type: 'start', now: 0 },
        { type: 'writing', id, now: 0 },
        { type: 'written', id, outcome: 'patched', now: 0 },
        { type: 'progress', id, reason: 'PodsRolling', message: 'n1' },
      ],
      initialApplyState({ steps: [{ id, waitReady: true }] }),
    );
    expect(s.steps[0].phase).toBe('waiting');
    const same = { type: 'progress', id, reason: 'PodsRolling', message: 'n1' } as const;
    expect(applyReducer(s, same)).toBe(s);
    const moved = applyReducer(s, { ...same, message: 'n2' });
    expect(moved.steps[0].message).toBe('n2');
  });
});
