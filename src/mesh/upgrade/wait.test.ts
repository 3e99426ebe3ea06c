import type { PodKind } from '../../k8s/pod/types';
import type { UpgradeStep } from './plan';
import type { ProgressRow } from './progress';
import { podsOfStep, stepWait } from './wait';

const step = (kind: UpgradeStep['kind'], to = 'v1.27.3'): UpgradeStep => ({
  id: `${kind}/default`,
  kind,
  name: 'default',
  to,
  waitReady: true,
});
const cr = (generation: number, observed: number, ready: boolean, extra = {}) => ({
  metadata: { name: 'default', generation },
  status: {
    observedGeneration: observed,
    conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', reason: 'Rolling' }],
    ...extra,
  } as Record<string, unknown>,
});
const row = (key: string, state: ProgressRow['state']): ProgressRow => ({
  key,
  state,
  ready: true,
});

describe('stepWait', () => {
  it('waits for the generation the write produced', () => {
    expect(stepWait(step('ZTunnel'), cr(3, 2, true), 3, []).ready).toBe(false);
    expect(stepWait(step('ZTunnel'), cr(3, 2, true), 3, []).reason).toBe('ObservedGenerationStale');
    expect(stepWait(step('ZTunnel'), cr(3, 3, false), 3, [])).toMatchObject({
      ready: false,
      reason: 'Rolling',
    });
  });

  it('waits for every node once Ready, naming those not done', () => {
    const rows = [row('n1', 'done'), row('n2', 'old')];
    expect(stepWait(step('ZTunnel'), cr(3, 3, true), 3, rows)).toEqual({
      ready: false,
      reason: 'PodsRolling',
      pending: ['n2'],
    });
    expect(stepWait(step('ZTunnel'), cr(3, 3, true), 3, [row('n1', 'done')]).ready).toBe(true);
  });

  it('waits for the new revision to be the active one (RevisionBased)', () => {
    const istio = cr(2, 2, true, { activeRevisionName: 'default-v1-26-8' });
    expect(stepWait(step('Istio'), istio, 2, [], 'default-v1-27-3').reason).toBe(
      'RevisionNotActive',
    );
    const moved = cr(2, 2, true, { activeRevisionName: 'default-v1-27-3' });
    expect(stepWait(step('Istio'), moved, 2, [], 'default-v1-27-3').ready).toBe(true);
  });

  it('waits for a moved tag to resolve to its new revision', () => {
    const tag = (rev: string) => ({
      metadata: { name: 'default', generation: 2 },
      status: {
        observedGeneration: 2,
        istioRevision: rev,
        conditions: [{ type: 'Reconciled', status: 'True' as const }],
      },
    });
    const s = step('IstioRevisionTag', 'default-v1-27-3');
    expect(stepWait(s, tag('default-v1-26-8'), 2, []).ready).toBe(false);
    expect(stepWait(s, tag('default-v1-27-3'), 2, []).ready).toBe(true);
  });
});

describe('podsOfStep', () => {
  const p = (name: string, rev?: string): PodKind => ({
    metadata: { name, labels: rev ? { 'istio.io/rev': rev } : undefined },
    spec: { containers: [] },
  });
  const pods = {
    istiod: [p('old', 'default-v1-26-8'), p('new', 'default-v1-27-3')],
    ztunnel: [p('z')],
    cni: [p('c')],
  };

  it("takes the new revision's istiod pods, the agents per node, none for a tag", () => {
    expect(podsOfStep(step('Istio'), pods, 'default-v1-27-3')).toEqual({
      pods: [pods.istiod[1]],
      by: 'pod',
    });
    expect(podsOfStep(step('ZTunnel'), pods, '').by).toBe('node');
    expect(podsOfStep(step('IstioCNI'), pods, '').pods).toEqual(pods.cni);
    expect(podsOfStep(step('IstioRevisionTag'), pods, '').pods).toEqual([]);
  });
});
