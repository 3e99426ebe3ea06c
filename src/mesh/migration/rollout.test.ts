import { pod } from '../../testing/objects';
import { podProblems, restartPatch, rolloutStatus, RESTARTED_AT_ANNOTATION } from './rollout';
import type { Workload } from './types';

const dep = (status: Record<string, unknown>, generation = 2, replicas = 2): Workload => ({
  kind: 'Deployment',
  obj: {
    metadata: { name: 'web', generation },
    spec: { replicas, selector: { matchLabels: { app: 'web' } } },
    status,
  },
});

describe('rolloutStatus (kubectl rollout status)', () => {
  it('Deployment: waits for the spec, new replicas, old ones gone, availability', () => {
    expect(rolloutStatus(dep({ observedGeneration: 1 }))).toEqual({
      done: false,
      reason: 'spec-not-observed',
    });
    expect(rolloutStatus(dep({ observedGeneration: 2, updatedReplicas: 1, replicas: 3 }))).toEqual({
      done: false,
      reason: 'updating',
      current: 1,
      desired: 2,
    });
    expect(rolloutStatus(dep({ observedGeneration: 2, updatedReplicas: 2, replicas: 3 }))).toEqual({
      done: false,
      reason: 'old-pending-termination',
      current: 1,
    });
    expect(
      rolloutStatus(
        dep({ observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 1 }),
      ),
    ).toEqual({ done: false, reason: 'unavailable', current: 1, desired: 2 });
    expect(
      rolloutStatus(
        dep({ observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 2 }),
      ),
    ).toEqual({ done: true });
    expect(
      rolloutStatus(
        dep({
          observedGeneration: 2,
          conditions: [
            { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' },
          ],
        }),
      ),
    ).toEqual({ done: false, reason: 'deadline-exceeded' });
  });

  it('StatefulSet: ready replicas, then the update revision', () => {
    const sts = (status: Record<string, unknown>): Workload => ({
      kind: 'StatefulSet',
      obj: { metadata: { name: 'db', generation: 3 }, spec: { replicas: 1 }, status },
    });
    expect(rolloutStatus(sts({ observedGeneration: 3, readyReplicas: 0 }))).toMatchObject({
      reason: 'not-ready',
    });
    expect(
      rolloutStatus(
        sts({ observedGeneration: 3, readyReplicas: 1, currentRevision: 'a', updateRevision: 'b' }),
      ),
    ).toMatchObject({ done: false, reason: 'revision' });
    expect(
      rolloutStatus(
        sts({ observedGeneration: 3, readyReplicas: 1, currentRevision: 'b', updateRevision: 'b' }),
      ),
    ).toEqual({ done: true });
  });

  it('StatefulSet with a rollingUpdate block: updated pods beyond the partition', () => {
    const sts = (updatedReplicas: number): Workload => ({
      kind: 'StatefulSet',
      obj: {
        metadata: { name: 'db', generation: 2 },
        spec: {
          replicas: 2,
          updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
        },
        status: { observedGeneration: 2, readyReplicas: 2, updatedReplicas },
      },
    });
    expect(rolloutStatus(sts(1))).toEqual({
      done: false,
      reason: 'updating',
      current: 1,
      desired: 2,
    });
    expect(rolloutStatus(sts(2))).toEqual({ done: true });
  });

  it('DaemonSet: updated and available on every node; OnDelete never rolls', () => {
    const ds = (status: Record<string, unknown>, type?: 'OnDelete'): Workload => ({
      kind: 'DaemonSet',
      obj: {
        metadata: { name: 'agent', generation: 1 },
        spec: type ? { updateStrategy: { type } } : {},
        status,
      },
    });
    const base = { observedGeneration: 1, desiredNumberScheduled: 2 };
    expect(rolloutStatus(ds({ ...base, updatedNumberScheduled: 1 }))).toMatchObject({
      reason: 'updating',
    });
    expect(
      rolloutStatus(ds({ ...base, updatedNumberScheduled: 2, numberAvailable: 1 })),
    ).toMatchObject({ reason: 'unavailable' });
    expect(rolloutStatus(ds({ ...base, updatedNumberScheduled: 2, numberAvailable: 2 }))).toEqual({
      done: true,
    });
    expect(rolloutStatus(ds(base, 'OnDelete'))).toMatchObject({ reason: 'not-rolling-update' });
  });
});

describe('podProblems', () => {
  const at = '2026-11-30T22:00:00Z';
  const p = (name: string, annotations: Record<string, string>) =>
    pod('travel', name, { labels: { app: 'web' }, annotations });
  const w = dep({});

  it('names old pods, pods with a sidecar, pods not captured', () => {
    const pods = [
      p('old', { 'sidecar.istio.io/status': '{}' }),
      p('side', { [RESTARTED_AT_ANNOTATION]: at, 'sidecar.istio.io/status': '{}' }),
      p('bare', { [RESTARTED_AT_ANNOTATION]: at }),
      p('ok', { [RESTARTED_AT_ANNOTATION]: at, 'ambient.istio.io/redirection': 'enabled' }),
    ];
    expect(podProblems(w, pods, at)).toEqual([
      { pod: 'old', problem: 'old' },
      { pod: 'side', problem: 'sidecar' },
      { pod: 'bare', problem: 'not-captured' },
    ]);
    expect(podProblems(w, pods, at, 'sidecar').map((x) => x.pod)).toEqual(['old', 'bare', 'ok']);
  });
});

describe('restartPatch', () => {
  it('adds the annotation, or the map holding it', () => {
    const now = '2026-11-30T22:00:00Z';
    expect(restartPatch(dep({}), now)).toEqual([
      {
        op: 'add',
        path: '/spec/template/metadata',
        value: { annotations: { [RESTARTED_AT_ANNOTATION]: now } },
      },
    ]);
    const withMeta: Workload = {
      kind: 'Deployment',
      obj: { spec: { template: { metadata: { annotations: { a: 'b' } } } } },
    };
    expect(restartPatch(withMeta, now)).toEqual([
      {
        op: 'add',
        path: '/spec/template/metadata/annotations/kubectl.kubernetes.io~1restartedAt',
        value: now,
      },
    ]);
  });
});
