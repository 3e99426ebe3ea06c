import { isNodeReady, isNodeSchedulable } from './selectors';
import type { NodeKind } from './types';

const node: NodeKind = {
  metadata: {
    name: 'worker-0',
    labels: { 'node-role.kubernetes.io/worker': '', 'node-role.kubernetes.io/infra': '' },
  },
  spec: { unschedulable: true },
  status: {
    conditions: [{ type: 'Ready', status: 'True' }],
    addresses: [
      { type: 'Hostname', address: 'worker-0' },
      { type: 'InternalIP', address: '10.0.0.5' },
    ],
  },
};

describe('node selectors', () => {
  it('reads readiness and schedulability', () => {
    expect(isNodeReady(node)).toBe(true);
    expect(isNodeReady({ metadata: { name: 'x' } })).toBe(false);
    expect(isNodeSchedulable(node)).toBe(false);
    expect(isNodeSchedulable({ metadata: { name: 'x' } })).toBe(true);
  });
});
