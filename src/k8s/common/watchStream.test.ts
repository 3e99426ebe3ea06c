import { applyEvents, objectKey, type ChangeEvent } from './watchStream';
import { selectorQuery } from './labelSelector';

type Obj = { metadata: { name: string; namespace?: string; resourceVersion?: string } };
const o = (name: string, rv = '1'): Obj => ({
  metadata: { name, namespace: 'a', resourceVersion: rv },
});

describe('applyEvents', () => {
  it('adds, replaces and deletes by namespace and name', () => {
    const items = new Map([[objectKey(o('x')), o('x')]]);
    const events: ChangeEvent<Obj>[] = [
      { type: 'ADDED', object: o('y', '2') },
      { type: 'MODIFIED', object: o('x', '3') },
      { type: 'DELETED', object: o('y', '4') },
    ];
    expect(applyEvents(items, events)).toBe(true);
    expect([...items.values()]).toEqual([o('x', '3')]);
    expect(applyEvents(items, [{ type: 'DELETED', object: o('gone') }])).toBe(false);
    expect(items.size).toBe(1);
  });
});

describe('selectorQuery', () => {
  it('writes labels and expressions as the labelSelector parameter', () => {
    expect(
      selectorQuery({
        matchLabels: { app: 'ztunnel' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'skip', operator: 'NotIn', values: ['x'] },
          { key: 'has', operator: 'Exists' },
          { key: 'not', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('app=ztunnel,tier in (a,b),skip notin (x),has,!not');
  });
});
