import type { NamespaceKind } from '../../k8s/namespace/types';
import { planBulk, runLimited, summarizeFindings } from './bulk';
import type { Finding } from './preflight';

const ns = (name: string, labels: Record<string, string> = {}): NamespaceKind => ({
  metadata: { name, labels },
});

describe('bulk planning', () => {
  it('summarizes findings across namespaces, in a fixed order', () => {
    const byNs = new Map<string, Finding[]>([
      ['b', [{ id: 'host-network', severity: 'info', pods: ['h'] }]],
      [
        'a',
        [
          { id: 'host-network', severity: 'info', pods: ['x'] },
          { id: 'not-discovered', severity: 'warning', label: { key: 'k', value: 'v' } },
        ],
      ],
    ]);
    expect(summarizeFindings(byNs)).toEqual([
      { id: 'not-discovered', severity: 'warning', namespaces: ['a'] },
      { id: 'host-network', severity: 'info', namespaces: ['a', 'b'] },
    ]);
  });

  it('plans one change set per namespace and marks those already done', () => {
    const list = [ns('a'), ns('b', { 'istio.io/dataplane-mode': 'ambient' })];
    const findings = new Map<string, Finding[]>([
      ['a', [{ id: 'not-discovered', severity: 'warning', label: { key: 'k', value: 'v' } }]],
    ]);
    const plan = planBulk(list, 'enroll', findings, {
      addDiscoveryLabel: true,
      migrateSidecars: false,
    });
    expect(plan.map((p) => [p.name, p.changes, p.noop])).toEqual([
      ['a', { 'istio.io/dataplane-mode': 'ambient', k: 'v' }, false],
      ['b', { 'istio.io/dataplane-mode': 'ambient' }, true],
    ]);
    const removal = planBulk(list, 'exclude', new Map(), {
      addDiscoveryLabel: false,
      migrateSidecars: false,
    });
    expect(removal.map((p) => p.noop)).toEqual([false, false]);
    expect(removal[0].changes).toEqual({ 'istio.io/dataplane-mode': 'none' });
  });

  it('runs work with bounded concurrency and goes on after a failure', async () => {
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    await runLimited([1, 2, 3, 4, 5, 6], 2, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
      if (n === 3) throw new Error('fail');
      done.push(n);
    });
    expect(peak).toBe(2);
    expect(done.sort()).toEqual([1, 2, 4, 5, 6]);
  });
});
