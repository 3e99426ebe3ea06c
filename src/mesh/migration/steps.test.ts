import { pod } from '../../testing/objects';
import { RESTARTED_AT_ANNOTATION } from './rollout';
import { awaiting, moveSteps, rollbackRestartSteps } from './steps';
import type { Workload } from './types';

const target = { id: 'Deployment/web', kind: 'Deployment' as const, name: 'web', pods: ['w'] };
const at = '2026-11-30T22:00:00Z';
const web = (generation: number, done: boolean): Workload => ({
  kind: 'Deployment',
  obj: {
    metadata: { name: 'web', generation },
    spec: { replicas: 1, selector: { matchLabels: { app: 'web' } } },
    status: done
      ? { observedGeneration: generation, replicas: 1, updatedReplicas: 1, availableReplicas: 1 }
      : { observedGeneration: generation - 1 },
  },
});

describe('moveSteps', () => {
  it('orders waypoint, labels, then one restart per workload', () => {
    const steps = moveSteps({ a: 'b' }, [target], 'waypoint');
    expect(steps.map((s) => s.id)).toEqual(['waypoint', 'labels', 'restart:Deployment/web']);
    expect(moveSteps({}, []).map((s) => s.id)).toEqual(['labels']);
    expect(rollbackRestartSteps([target])[0]).toMatchObject({ want: 'sidecar' });
  });
});

describe('awaiting', () => {
  const [step] = moveSteps({}, [target]).slice(1);
  const good = pod('travel', 'w2', {
    labels: { app: 'web' },
    annotations: { [RESTARTED_AT_ANNOTATION]: at, 'ambient.istio.io/redirection': 'enabled' },
  });

  it('waits for the generation the patch made, the rollout, then the pods', () => {
    const record = { restartedAt: at, generation: 3 };
    const w = { gateways: [], pods: [good] };
    expect(awaiting(step, { ...w, workloads: [web(2, true)] }, record)[0]).toMatchObject({
      kind: 'rollout',
    });
    expect(awaiting(step, { ...w, workloads: [web(3, false)] }, record)[0]).toMatchObject({
      kind: 'rollout',
    });
    const old = pod('travel', 'w1', { labels: { app: 'web' } });
    expect(
      awaiting(step, { gateways: [], pods: [old, good], workloads: [web(3, true)] }, record),
    ).toEqual([{ kind: 'pods', problems: [{ pod: 'w1', problem: 'old' }] }]);
    expect(awaiting(step, { ...w, workloads: [web(3, true)] }, record)).toEqual([]);
    expect(awaiting(step, { ...w, workloads: [] }, record)).toEqual([{ kind: 'missing' }]);
  });

  it('a waypoint step waits for Programmed', () => {
    const [wp] = moveSteps({}, [], 'waypoint');
    const gw = (status: 'True' | 'False') => ({
      metadata: { name: 'waypoint' },
      status: { conditions: [{ type: 'Programmed', status }] },
    });
    const none = { workloads: [], pods: [] };
    expect(awaiting(wp, { ...none, gateways: [] })).toEqual([{ kind: 'missing' }]);
    expect(awaiting(wp, { ...none, gateways: [gw('False')] })[0]).toMatchObject({
      kind: 'waypoint',
    });
    expect(awaiting(wp, { ...none, gateways: [gw('True')] })).toEqual([]);
  });
});
