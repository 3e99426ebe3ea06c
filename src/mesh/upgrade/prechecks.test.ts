import { node, ztunnelPod } from '../../testing/objects';
import { upgradePrechecks } from './prechecks';

const ready = (name: string, ok: boolean) => ({
  metadata: { name, generation: 1 },
  status: {
    observedGeneration: 1,
    conditions: [{ type: 'Ready', status: ok ? 'True' : 'False', reason: 'Broken' }] as {
      type: string;
      status: 'True' | 'False';
      reason: string;
    }[],
  },
});

describe('upgradePrechecks', () => {
  it('passes a healthy install and warns about the ztunnel roll', () => {
    const checks = upgradePrechecks({
      crs: [{ kind: 'Istio', obj: ready('default', true) }],
      nodes: [node('n1')],
      ztunnelPods: [ztunnelPod('n1')],
      rollsZtunnel: true,
    });
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['ready', 'pass'],
      ['ztunnelNodes', 'pass'],
      ['connections', 'warn'],
    ]);
  });

  it('fails on a CR not Ready and names nodes without a ready ztunnel', () => {
    const checks = upgradePrechecks({
      crs: [{ kind: 'ZTunnel', obj: ready('default', false) }],
      nodes: [node('n1'), node('n2'), node('n3')],
      ztunnelPods: [ztunnelPod('n1'), ztunnelPod('n2', false)],
      rollsZtunnel: false,
    });
    expect(checks).toEqual([
      { id: 'ready', status: 'fail', items: ['ZTunnel/default: Broken'] },
      { id: 'ztunnelNodes', status: 'warn', items: ['n2', 'n3'] },
    ]);
  });
});
