import { readyFor } from './ready';

describe('readyFor', () => {
  const obj = (generation: number, observed: number, ready = 'True' as 'True' | 'False') => ({
    metadata: { generation },
    status: { observedGeneration: observed, conditions: [{ type: 'Ready', status: ready }] },
  });

  it('is Ready only when reported for the generation the write produced', () => {
    // The watch's old object: Ready, but for the generation before the patch.
    expect(readyFor(obj(3, 3), 4)).toEqual({ ready: false, reason: 'ObservedGenerationStale' });
    expect(readyFor(obj(4, 3), 4).ready).toBe(false);
    expect(readyFor(obj(4, 4, 'False'), 4).ready).toBe(false);
    expect(readyFor(obj(4, 4), 4).ready).toBe(true);
    expect(readyFor(obj(5, 5), 4).ready).toBe(true);
    expect(readyFor(undefined, 4).ready).toBe(false);
  });
});
