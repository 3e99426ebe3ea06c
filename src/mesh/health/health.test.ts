import { healthOf, orderedConditions, readiness } from './health';

const cond = (
  type: string,
  status: 'True' | 'False' | 'Unknown',
  reason?: string,
  message?: string,
) => ({
  type,
  status,
  reason,
  message,
});

describe('healthOf', () => {
  it('is Healthy when every condition is True for the current generation', () => {
    const o = {
      metadata: { generation: 2 },
      status: {
        observedGeneration: 2,
        conditions: [cond('Reconciled', 'True'), cond('Ready', 'True')],
      },
    };
    expect(healthOf(o)).toEqual({ state: 'Healthy', reason: 'Healthy' });
    expect(healthOf({ ...o, status: { ...o.status, observedGeneration: 1 } }).state).toBe(
      'Pending',
    );
  });

  it('takes the first condition that is not True', () => {
    const o = {
      status: {
        conditions: [
          cond('Reconciled', 'True'),
          cond('Ready', 'False', 'IstiodNotReady', 'istiod has 0 ready pods'),
          cond('DependenciesHealthy', 'False', 'IstioCNINotFound'),
        ],
      },
    };
    expect(healthOf(o)).toMatchObject({
      state: 'Unhealthy',
      reason: 'IstiodNotReady',
      message: 'istiod has 0 ready pods',
    });
    expect(healthOf({ status: { conditions: [cond('Ready', 'Unknown')] } })).toMatchObject({
      state: 'Unknown',
      reason: 'Ready',
    });
  });

  it('knows absent and pending objects', () => {
    expect(healthOf(undefined).state).toBe('Absent');
    expect(healthOf({}).state).toBe('Pending');
    expect(healthOf({ metadata: { deletionTimestamp: 'x' } }).reason).toBe('Deleting');
  });
});

describe('readiness', () => {
  it('looks at Ready only, for the current generation', () => {
    const waiting = {
      status: {
        conditions: [cond('Reconciled', 'True'), cond('Ready', 'False', 'DaemonSetNotReady', 'm')],
      },
    };
    expect(readiness(waiting)).toEqual({ ready: false, reason: 'DaemonSetNotReady', message: 'm' });
    const ready = {
      status: {
        conditions: [
          cond('Ready', 'True'),
          cond('DependenciesHealthy', 'False', 'ZTunnelNotFound'),
        ],
      },
    };
    expect(readiness(ready).ready).toBe(true);
    expect(
      readiness({ metadata: { generation: 3 }, status: { observedGeneration: 2, ...ready.status } })
        .ready,
    ).toBe(false);
    expect(
      readiness({ status: { conditions: [cond('Reconciled', 'False', 'ReconcileError')] } }).reason,
    ).toBe('ReconcileError');
    expect(readiness(undefined).reason).toBe('NotFound');
  });

  // sail-operator controllers/istiorevisiontag: Reconciled and InUse, no Ready; the revision in status.
  it('takes an IstioRevisionTag as done once Reconciled with its revision, in use or not', () => {
    const tag = (reconciled: 'True' | 'False', istioRevision: string) => ({
      kind: 'IstioRevisionTag',
      status: {
        istioRevision,
        conditions: [
          cond('Reconciled', reconciled, reconciled === 'True' ? undefined : 'RefNotFound'),
          cond('InUse', 'False', 'NotReferencedByAnything'),
        ],
      },
    });
    expect(readiness(tag('True', 'mesh-v1-27-9')).ready).toBe(true);
    expect(readiness(tag('True', '')).ready).toBe(false);
    expect(readiness(tag('False', ''))).toMatchObject({ ready: false, reason: 'RefNotFound' });
  });
});

describe('orderedConditions', () => {
  it('lists the expected conditions first and fills gaps as Unknown', () => {
    const r = orderedConditions('Istio', [cond('Extra', 'True'), cond('Ready', 'True')]);
    expect(r.map((c) => `${c.type}:${c.status}`)).toEqual([
      'Reconciled:Unknown',
      'Ready:True',
      'DependenciesHealthy:Unknown',
      'Extra:True',
    ]);
  });
});
