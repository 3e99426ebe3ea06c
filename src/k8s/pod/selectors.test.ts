import type { PodKind } from './types';
import { isNodeReady } from '../node/selectors';
import { isPodReady } from './selectors';

const pod = (phase: 'Running' | 'Pending', ready: 'True' | 'False'): PodKind => ({
  spec: { containers: [] },
  status: { phase, conditions: [{ type: 'Ready', status: ready }] },
});

describe('readiness', () => {
  it('needs a running pod with Ready=True', () => {
    expect(isPodReady(pod('Running', 'True'))).toBe(true);
    expect(isPodReady(pod('Running', 'False'))).toBe(false);
    expect(isPodReady(pod('Pending', 'True'))).toBe(false);
    expect(isPodReady({})).toBe(false);
  });
  it('reads the node Ready condition', () => {
    expect(isNodeReady({ status: { conditions: [{ type: 'Ready', status: 'True' }] } })).toBe(true);
    expect(isNodeReady({ status: { conditions: [{ type: 'Ready', status: 'Unknown' }] } })).toBe(
      false,
    );
    expect(isNodeReady({})).toBe(false);
  });
});
