import type { PodKind } from './types';
import { nodeIsReady, podIsReady } from './selectors';

const pod = (phase: 'Running' | 'Pending', ready: 'True' | 'False'): PodKind => ({
  spec: { containers: [] },
  status: { phase, conditions: [{ type: 'Ready', status: ready }] },
});

describe('readiness', () => {
  it('needs a running pod with Ready=True', () => {
    expect(podIsReady(pod('Running', 'True'))).toBe(true);
    expect(podIsReady(pod('Running', 'False'))).toBe(false);
    expect(podIsReady(pod('Pending', 'True'))).toBe(false);
    expect(podIsReady({})).toBe(false);
  });
  it('reads the node Ready condition', () => {
    expect(nodeIsReady({ status: { conditions: [{ type: 'Ready', status: 'True' }] } })).toBe(true);
    expect(nodeIsReady({ status: { conditions: [{ type: 'Ready', status: 'Unknown' }] } })).toBe(
      false,
    );
    expect(nodeIsReady({})).toBe(false);
  });
});
