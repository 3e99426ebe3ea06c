import { fieldChanges, mergeList, objectChanges, threeWayPatch } from './merge';

const A = { matchLabels: { team: 'a' } };
const B = { matchLabels: { team: 'b' } };
const C = { matchLabels: { team: 'c' } };

describe('threeWayPatch', () => {
  it('writes nothing when the person changed nothing, whatever the live object holds', () => {
    const original = { version: 'v1.26.8', values: { pilot: { x: 1 } } };
    const live = { version: 'v1.24.0', values: { pilot: { x: 2, y: 3 } }, extra: true };
    expect(threeWayPatch(original, original, live, '/spec')).toEqual([]);
  });

  it('writes only the changed leaf, leaving what others set', () => {
    const original = { version: 'v1.26.8', values: { pilot: { trustedZtunnelNamespace: 'zt' } } };
    const modified = { version: 'v1.27.9', values: { pilot: { trustedZtunnelNamespace: 'zt' } } };
    const live = { version: 'v1.26.8', values: { pilot: { env: { A: '1' } } } };
    expect(threeWayPatch(original, modified, live, '/spec')).toEqual([
      { op: 'replace', path: '/spec/version', value: 'v1.27.9' },
    ]);
  });

  it('merges lists item by item: adds what the person added, keeps what others added', () => {
    const original = { s: [A, B] };
    const modified = { s: [A, B, C] };
    const live = { s: [A, B, { matchLabels: { team: 'd' } }] };
    expect(threeWayPatch(original, modified, live)).toEqual([
      { op: 'replace', path: '/s', value: [A, B, { matchLabels: { team: 'd' } }, C] },
    ]);
    expect(mergeList([A, B], [B], [A, B, C])).toEqual([B, C]);
    expect(mergeList([A], [A, B], [A, B])).toEqual([A, B]);
  });

  it('removes a key the person dropped, and only the changed part of a missing object', () => {
    const original = { meshConfig: { discoverySelectors: [A] }, pilot: { a: 1 } };
    const modified = { pilot: { a: 1 } };
    const live = { meshConfig: { discoverySelectors: [A], accessLogFile: '/dev/stdout' } };
    expect(threeWayPatch(original, modified, live)).toEqual([
      { op: 'remove', path: '/meshConfig/discoverySelectors' },
    ]);
    expect(threeWayPatch({ a: 1 }, {}, { a: 2 })).toEqual([{ op: 'remove', path: '/a' }]);
    expect(threeWayPatch(original, modified, {})).toEqual([]);
    const added = threeWayPatch({ v: { a: 1, b: 1 } }, { v: { a: 1, b: 2 } }, {});
    expect(added).toEqual([{ op: 'add', path: '/v', value: { b: 2 } }]);
  });
});

describe('fieldChanges', () => {
  it('lists the leaves that differ, as dotted paths', () => {
    expect(
      fieldChanges({ a: { b: 1, c: [1] }, d: 1 }, { a: { b: 2, c: [1] }, e: 'x' }, 'spec'),
    ).toEqual([
      { path: 'spec.a.b', old: 1, new: 2 },
      { path: 'spec.d', old: 1, new: undefined },
      { path: 'spec.e', old: undefined, new: 'x' },
    ]);
    expect(
      objectChanges(
        { metadata: { labels: { a: 'b' } }, spec: { x: 1 } },
        { metadata: { labels: { a: 'c' } }, spec: { x: 1 } },
      ),
    ).toEqual([{ path: 'metadata.labels.a', old: 'b', new: 'c' }]);
  });
});
