import {
  getAnnotation,
  getCondition,
  getConditions,
  getLabel,
  getLabels,
  getName,
  getNamespace,
  isConditionTrue,
} from './selectors';

const pod = {
  metadata: {
    name: 'p',
    namespace: 'ns',
    labels: { app: 'x' },
    annotations: { 'ambient.istio.io/redirection': 'enabled' },
  },
};

describe('common selectors', () => {
  it('reads metadata and tolerates missing objects', () => {
    expect(getName(pod)).toBe('p');
    expect(getNamespace(pod)).toBe('ns');
    expect(getLabels(pod)).toEqual({ app: 'x' });
    expect(getLabel(pod, 'app')).toBe('x');
    expect(getAnnotation(pod, 'ambient.istio.io/redirection')).toBe('enabled');
    expect(getName(undefined)).toBe('');
    expect(getLabels({})).toEqual({});
    expect(getLabel(undefined, 'app')).toBeUndefined();
  });

  it('finds conditions by type', () => {
    const obj = {
      status: {
        conditions: [
          { type: 'Reconciled', status: 'True' as const },
          { type: 'Ready', status: 'False' as const, reason: 'IstiodNotReady' },
        ],
      },
    };
    expect(getConditions(obj)).toHaveLength(2);
    expect(getCondition(obj, 'Ready')?.reason).toBe('IstiodNotReady');
    expect(isConditionTrue(obj, 'Reconciled')).toBe(true);
    expect(isConditionTrue(obj, 'Ready')).toBe(false);
    expect(isConditionTrue(obj, 'Missing')).toBe(false);
    expect(getConditions(undefined)).toEqual([]);
  });
});
