import { enrollmentCounts, nextStep, podsPerNode } from './overview';
import type { PodKind } from '../../k8s/pod/types';

const pod = (node: string, ready: boolean, annotations?: Record<string, string>): PodKind => ({
  metadata: { name: `p-${node}`, annotations },
  spec: { nodeName: node, containers: [] },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});

describe('overview model', () => {
  it('counts component pods per node and flags nodes without a ready ztunnel', () => {
    const rows = podsPerNode(
      [
        { metadata: { name: 'a' } },
        { metadata: { name: 'b' } },
        { metadata: { name: 'c' }, spec: { unschedulable: true } },
      ],
      {
        istiod: [pod('a', true)],
        istioCNI: [pod('a', true), pod('b', true)],
        ztunnel: [pod('a', true), pod('b', false)],
      },
    );
    expect(rows.map((r) => [r.node, r.counts.ztunnel, r.missingZtunnel])).toEqual([
      ['a', { ready: 1, total: 1 }, false],
      ['b', { ready: 0, total: 1 }, true],
      ['c', { ready: 0, total: 0 }, false],
    ]);
    expect(rows[0].counts.istiod).toEqual({ ready: 1, total: 1 });
  });

  it('counts enrolled namespaces and captured pods', () => {
    const r = enrollmentCounts(
      [
        { metadata: { name: 'x', labels: { 'istio.io/dataplane-mode': 'ambient' } } },
        { metadata: { name: 'y', labels: { 'istio.io/dataplane-mode': 'none' } } },
      ],
      [
        pod('a', true, { 'ambient.istio.io/redirection': 'enabled' }),
        pod('a', true, { 'ambient.istio.io/redirection': 'pending' }),
        pod('a', true),
      ],
    );
    expect(r).toEqual({ namespaces: 1, capturedPods: 1, pendingPods: 1 });
  });

  it('proposes the next step', () => {
    expect(nextStep({ sailCRDs: true, serviceMesh2: true, installed: false })).toBe('blocked');
    expect(nextStep({ sailCRDs: false, serviceMesh2: false, installed: false })).toBe(
      'installOperator',
    );
    expect(nextStep({ sailCRDs: true, serviceMesh2: false, installed: false })).toBe('install');
    expect(nextStep({ sailCRDs: true, serviceMesh2: false, installed: true })).toBe('none');
  });
});
