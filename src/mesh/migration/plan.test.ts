import { ns, pod } from '../../testing/objects';
import {
  changedSince,
  labelsBefore,
  moveChanges,
  restartTargets,
  rollbackChanges,
  runsSidecars,
} from './plan';
import type { Workload } from './types';

const sidecar = { 'sidecar.istio.io/status': '{}' };
const deploy = (name: string, app: string): Workload => ({
  kind: 'Deployment',
  obj: { metadata: { name, namespace: 'travel' }, spec: { selector: { matchLabels: { app } } } },
});

describe('runsSidecars', () => {
  it('is true for an injection label or a pod with a sidecar, else false', () => {
    expect(runsSidecars(ns('a', { 'istio-injection': 'enabled' }), [])).toBe(true);
    expect(runsSidecars(ns('a', { 'istio.io/rev': 'default' }), [])).toBe(true);
    expect(runsSidecars(ns('a'), [pod('a', 'p', { annotations: sidecar })])).toBe(true);
    expect(runsSidecars(ns('a'), [pod('a', 'p')])).toBe(false);
  });
});

describe('restartTargets', () => {
  const pods = [
    pod('travel', 'web-1', { labels: { app: 'web' }, annotations: sidecar }),
    pod('travel', 'db-0', { labels: { app: 'db' } }),
    pod('travel', 'api-1', { labels: { app: 'api' }, annotations: sidecar }),
  ];
  const workloads: Workload[] = [
    deploy('web', 'web'),
    deploy('db', 'db'),
    {
      kind: 'StatefulSet',
      obj: { metadata: { name: 'api' }, spec: { selector: { matchLabels: { app: 'api' } } } },
    },
    { kind: 'Deployment', obj: { metadata: { name: 'none' }, spec: {} } },
  ];

  it('lists the workloads whose pods run a sidecar, Deployments first', () => {
    expect(restartTargets(workloads, pods)).toEqual([
      { id: 'Deployment/web', kind: 'Deployment', name: 'web', pods: ['web-1'] },
      { id: 'StatefulSet/api', kind: 'StatefulSet', name: 'api', pods: ['api-1'] },
    ]);
  });

  it('after a rollback, lists those whose pods run none', () => {
    expect(restartTargets(workloads, pods, 'sidecar').map((t) => t.id)).toEqual(['Deployment/db']);
  });
});

describe('moveChanges and rollbackChanges', () => {
  const before = ns('legacy', { 'istio.io/rev': 'default', team: 'x' });

  it('sets ambient, removes every injection label, names the waypoint', () => {
    expect(moveChanges(before, 'waypoint')).toEqual({
      'istio.io/dataplane-mode': 'ambient',
      'istio.io/rev': null,
      'istio.io/use-waypoint': 'waypoint',
    });
    const both = ns('t', { 'istio-injection': 'enabled', 'istio.io/use-waypoint': 'w' });
    expect(moveChanges(both, 'waypoint')).toEqual({
      'istio.io/dataplane-mode': 'ambient',
      'istio-injection': null,
    });
  });

  it('rolls back to the labels as they were', () => {
    const applied = moveChanges(before, 'waypoint');
    const after = ns('legacy', {
      'istio.io/dataplane-mode': 'ambient',
      'istio.io/use-waypoint': 'waypoint',
      team: 'x',
    });
    expect(rollbackChanges(after, labelsBefore(before), applied)).toEqual({
      'istio.io/rev': 'default',
      'istio.io/dataplane-mode': null,
      'istio.io/use-waypoint': null,
    });
    expect(changedSince(after, applied)).toEqual([]);
  });

  it('leaves a label someone changed since the move', () => {
    const applied = moveChanges(before);
    const after = ns('legacy', { 'istio.io/dataplane-mode': 'none', 'istio.io/rev': 'canary' });
    expect(rollbackChanges(after, labelsBefore(before), applied)).toEqual({});
    expect(changedSince(after, applied)).toEqual([
      { key: 'istio.io/dataplane-mode', value: 'none' },
      { key: 'istio.io/rev', value: 'canary' },
    ]);
  });

  it('puts back a dataplane-mode value the namespace had before', () => {
    const old = ns('n', { 'istio-injection': 'enabled', 'istio.io/dataplane-mode': 'none' });
    const applied = moveChanges(old);
    const after = ns('n', { 'istio.io/dataplane-mode': 'ambient' });
    expect(rollbackChanges(after, labelsBefore(old), applied)).toEqual({
      'istio.io/dataplane-mode': 'none',
      'istio-injection': 'enabled',
    });
  });
});
