import type { LabelSelector } from './types';
import { isDiscovered, matchesSelector } from './labelSelector';

describe('matchesSelector', () => {
  const labels = { app: 'web', tier: 'front' };
  it.each([
    [{ matchLabels: { app: 'web' } }, true],
    [{ matchLabels: { app: 'api' } }, false],
    [
      { matchExpressions: [{ key: 'tier', operator: 'In' as const, values: ['front', 'x'] }] },
      true,
    ],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn' as const, values: ['front'] }] }, false],
    [{ matchExpressions: [{ key: 'zone', operator: 'NotIn' as const, values: ['a'] }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'Exists' as const }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' as const }] }, false],
    [{ matchExpressions: [{ key: 'zone', operator: 'DoesNotExist' as const }] }, true],
    [
      {
        matchLabels: { app: 'web' },
        matchExpressions: [{ key: 'zone', operator: 'Exists' as const }],
      },
      false,
    ],
    [{}, true],
  ])('%j -> %s', (selector, expected) => {
    expect(matchesSelector(labels, selector)).toBe(expected);
  });
});

describe('isDiscovered', () => {
  it('sees every namespace without selectors', () => {
    expect(isDiscovered({}, [])).toBe(true);
  });
  it('sees a namespace when any selector matches', () => {
    const selectors: LabelSelector[] = [
      { matchLabels: { 'istio-discovery': 'enabled' } },
      { matchLabels: { mesh: 'yes' } },
    ];
    expect(isDiscovered({ mesh: 'yes' }, selectors)).toBe(true);
    expect(isDiscovered({ 'istio-discovery': 'disabled' }, selectors)).toBe(false);
    expect(isDiscovered(undefined, selectors)).toBe(false);
  });
});
