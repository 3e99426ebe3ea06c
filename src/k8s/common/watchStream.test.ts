import { applyEvents, objectKey, type WatchEvent } from './watchStream';
import { selectorQuery } from './labelSelector';

type Obj = { metadata: { name: string; namespace?: string; resourceVersion?: string } };
const o = (name: string, rv = '1'): Obj => ({
  metadata: { name, namespace: 'a', resourceVersion: rv },
});

describe('applyEvents', () => {
  it('adds, replaces and deletes by namespace and name; a bookmark changes nothing', () => {
    const items = new Map([[objectKey(o('x')), o('x')]]);
    const events: WatchEvent<Obj>[] = [
      { type: 'ADDED', object: o('y', '2') },
      { type: 'MODIFIED', object: o('x', '3') },
      { type: 'DELETED', object: o('y', '4') },
    ];
    expect(applyEvents(items, events)).toEqual({ changed: true, relist: false });
    expect([...items.values()]).toEqual([o('x', '3')]);
    expect(
      applyEvents(items, [{ type: 'BOOKMARK', object: { metadata: { resourceVersion: '9' } } }]),
    ).toEqual({ changed: false, relist: false });
    expect(applyEvents(items, [{ type: 'DELETED', object: o('gone') }])).toEqual({
      changed: false,
      relist: false,
    });
  });

  it('stops at an error: the list must be read again', () => {
    const items = new Map<string, Obj>();
    const out = applyEvents(items, [
      { type: 'ERROR', object: { code: 410, reason: 'Expired' } },
      { type: 'ADDED', object: o('late') },
    ]);
    expect(out).toEqual({ changed: false, relist: true });
    expect(items.size).toBe(0);
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
