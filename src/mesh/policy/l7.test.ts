import type { AuthorizationPolicyKind } from '../../k8s/authorizationpolicy/types';
import { l7Attributes, needsWaypoint } from './l7';

const withRules = (rules: NonNullable<AuthorizationPolicyKind['spec']>['rules']) => ({
  metadata: { name: 'p', namespace: 'n' },
  spec: { rules },
});

describe('l7Attributes', () => {
  it.each([
    [
      'L4 source and ports',
      [
        {
          from: [{ source: { principals: ['a'], ipBlocks: ['1.2.3.4'] } }],
          to: [{ operation: { ports: ['80'] } }],
        },
      ],
      [],
    ],
    [
      'L4 when keys',
      [
        {
          when: [
            { key: 'source.ip', values: ['1.1.1.1'] },
            { key: 'destination.port', values: ['80'] },
          ],
        },
      ],
      [],
    ],
    [
      'methods and paths',
      [{ to: [{ operation: { methods: ['GET'], paths: ['/x'] } }] }],
      ['methods', 'paths'],
    ],
    ['hosts', [{ to: [{ operation: { notHosts: ['a.example'] } }] }], ['notHosts']],
    [
      'request principals',
      [{ from: [{ source: { requestPrincipals: ['*'] } }] }],
      ['requestPrincipals'],
    ],
    [
      'request headers',
      [{ when: [{ key: 'request.headers[x-user]', values: ['a'] }] }],
      ['request.headers[x-user]'],
    ],
    [
      'no repeats',
      [
        { to: [{ operation: { methods: ['GET'] } }] },
        { to: [{ operation: { methods: ['PUT'] } }] },
      ],
      ['methods'],
    ],
    ['empty lists are absent', [{ to: [{ operation: { methods: [] } }] }], []],
  ])('%s', (_name, rules, expected) => {
    expect(l7Attributes(withRules(rules))).toEqual(expected);
  });

  it('a policy without rules (deny all / allow nothing) needs no waypoint; CUSTOM does', () => {
    expect(needsWaypoint({ metadata: { name: 'p' }, spec: {} })).toBe(false);
    expect(needsWaypoint({ metadata: { name: 'p' }, spec: { action: 'CUSTOM' } })).toBe(true);
  });
});
