import { ns, waypoint } from '../../testing/objects';
import { migrationChecks } from './checks';
import type { MigrationInput } from './types';

const ready = (kind: string) => ({
  kind,
  metadata: { name: 'default', generation: 1 },
  status: { observedGeneration: 1, conditions: [{ type: 'Ready', status: 'True' as const }] },
});

const input = (o: Partial<MigrationInput> = {}): MigrationInput => ({
  namespace: ns('travel', { 'istio-injection': 'enabled', 'istio-discovery': 'enabled' }),
  pods: [],
  workloads: [],
  policies: [],
  virtualServices: [],
  destinationRules: [],
  gateways: [],
  ztunnels: [ready('ZTunnel')],
  istioCNIs: [ready('IstioCNI')],
  discoverySelectors: [{ matchLabels: { 'istio-discovery': 'enabled' } }],
  ...o,
});

describe('migrationChecks', () => {
  it('passes with ambient Ready and the namespace discovered; no waypoint needed', () => {
    const c = migrationChecks(input());
    expect(c.ambient).toEqual({ state: 'pass', reasons: [] });
    expect(c.discovered).toBe('pass');
    expect(c.waypointNeeded).toBe(false);
    expect(c.waypointUsers).toEqual([]);
  });

  it('fails when ZTunnel or IstioCNI is not Ready; unknown when unreadable', () => {
    const notReady = {
      ...ready('ZTunnel'),
      status: { conditions: [{ type: 'Ready', status: 'False' as const, reason: 'Down' }] },
    };
    expect(migrationChecks(input({ ztunnels: [notReady] })).ambient).toEqual({
      state: 'fail',
      reasons: ['ZTunnel: Down'],
    });
    expect(migrationChecks(input({ istioCNIs: [] })).ambient.state).toBe('fail');
    expect(migrationChecks(input({ ztunnels: undefined })).ambient.state).toBe('unknown');
    expect(migrationChecks(input({ discoverySelectors: undefined })).discovered).toBe('unknown');
    expect(
      migrationChecks(input({ discoverySelectors: [{ matchLabels: { other: 'x' } }] })).discovered,
    ).toBe('fail');
  });

  it('lists L7 policies, mesh VirtualServices and DestinationRules with traffic policy', () => {
    const c = migrationChecks(
      input({
        policies: [
          {
            metadata: { name: 'l7' },
            spec: {
              selector: { matchLabels: { app: 'a' } },
              rules: [{ to: [{ operation: { methods: ['GET'] } }] }],
            },
          },
          {
            metadata: { name: 'l4' },
            spec: { rules: [{ from: [{ source: { namespaces: ['x'] } }] }] },
          },
        ],
        virtualServices: [
          { metadata: { name: 'mesh-vs' }, spec: { hosts: ['a'], http: [{}] } },
          { metadata: { name: 'ingress-vs' }, spec: { gateways: ['gw'], http: [{}] } },
        ],
        destinationRules: [
          { metadata: { name: 'dr' }, spec: { host: 'a', trafficPolicy: { connectionPool: {} } } },
          { metadata: { name: 'plain' }, spec: { host: 'a' } },
        ],
        gateways: [waypoint('travel', 'wp')],
      }),
    );
    expect(c.waypointUsers).toEqual([
      { kind: 'AuthorizationPolicy', name: 'l7', why: ['methods'], selectorBound: true },
      { kind: 'VirtualService', name: 'mesh-vs', why: ['http'] },
      { kind: 'DestinationRule', name: 'dr', why: ['connectionPool'] },
    ]);
    expect(c.waypointNeeded).toBe(true);
    expect(c.existingWaypoint).toBe('wp');
  });
});
