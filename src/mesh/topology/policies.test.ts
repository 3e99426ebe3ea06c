import type { AuthorizationPolicyKind } from '../../k8s/authorizationpolicy/types';
import { captured, ns, pod, waypoint } from '../../testing/objects';
import { buildTopology } from './model';
import { TopologyCache } from './rowCache';
import { topologyPolicyStatuses } from './policies';
import type { TopologyInput } from './types';

const AMBIENT = { 'istio.io/dataplane-mode': 'ambient' };
const GET_ONLY = [{ to: [{ operation: { methods: ['GET'] } }] }];

const input = (
  policies: AuthorizationPolicyKind[],
  nsLabels: Record<string, string> = AMBIENT,
  gateways = [waypoint('bookinfo', 'waypoint')],
): TopologyInput => ({
  pods: [
    pod('bookinfo', 'ratings-1', { labels: { app: 'ratings' }, annotations: captured }),
    pod('bookinfo', 'reviews-1', { labels: { app: 'reviews' }, annotations: captured }),
    pod('other', 'ratings-1', { labels: { app: 'ratings' } }),
  ],
  nodes: [],
  namespaces: [ns('bookinfo', nsLabels), ns('other')],
  ztunnelPods: undefined,
  gateways,
  services: [
    {
      metadata: { name: 'reviews', namespace: 'bookinfo' },
      spec: { selector: { app: 'reviews' } },
    },
  ],
  discoverySelectors: [],
  ztunnelNamespace: 'ztunnel',
  authorizationPolicies: policies,
});

const selectorPolicy: AuthorizationPolicyKind = {
  metadata: { name: 'ratings-get-only', namespace: 'bookinfo' },
  spec: { selector: { matchLabels: { app: 'ratings' } }, rules: GET_ONLY },
};
const servicePolicy: AuthorizationPolicyKind = {
  metadata: { name: 'reviews-viewer', namespace: 'bookinfo' },
  spec: { targetRefs: [{ kind: 'Service', group: '', name: 'reviews' }], rules: GET_ONLY },
};

const problemsOf = (i: TopologyInput) =>
  Object.fromEntries(
    buildTopology(i).rows.map((r) => [`${r.namespace}/${r.name}`, r.problems.join(',')]),
  );

describe('L7 policies in the topology', () => {
  it('flags exactly the workloads a policy selects, naming it', () => {
    const model = buildTopology(input([selectorPolicy]));
    expect(problemsOf(input([selectorPolicy]))).toEqual({
      'bookinfo/ratings-1': 'policy-no-waypoint',
      'bookinfo/reviews-1': '',
      'other/ratings-1': '',
    });
    expect(model.namespaces.find((n) => n.name === 'bookinfo')?.problems).toBe(1);
    expect(model.rows[0].policies).toEqual([
      { policy: 'bookinfo/ratings-get-only', verdict: 'no-waypoint' },
    ]);
  });

  it('keeps cached rows as they were: verdicts follow the policies of each build', () => {
    const cache = new TopologyCache();
    const first = input([selectorPolicy]);
    const ratings = (m: ReturnType<typeof buildTopology>) =>
      m.rows.find((r) => r.namespace === 'bookinfo' && r.name === 'ratings-1');
    expect(ratings(buildTopology(first, cache))?.problems).toEqual(['policy-no-waypoint']);
    // the same pods again (rows from the cache): the problem is not added twice
    expect(ratings(buildTopology(first, cache))?.problems).toEqual(['policy-no-waypoint']);
    // the policy is gone: so is its problem, also for the cached row
    expect(
      ratings(buildTopology({ ...first, authorizationPolicies: [] }, cache))?.problems,
    ).toEqual([]);
  });

  it('a Service policy is served by the namespace waypoint: no problem', () => {
    const withWaypoint = { ...AMBIENT, 'istio.io/use-waypoint': 'waypoint' };
    expect(problemsOf(input([servicePolicy], withWaypoint))['bookinfo/reviews-1']).toBe('');
    expect(problemsOf(input([servicePolicy]))['bookinfo/reviews-1']).toBe('policy-no-waypoint');
  });

  it('lists each policy with its verdict for the namespace tab', () => {
    const withWaypoint = { ...AMBIENT, 'istio.io/use-waypoint': 'waypoint' };
    const statuses = topologyPolicyStatuses(input([selectorPolicy, servicePolicy], withWaypoint));
    expect(statuses.map((s) => [s.name, s.verdict, s.waypoint, s.workloads])).toEqual([
      ['ratings-get-only', 'selector-bound', undefined, ['bookinfo-ratings-1']],
      ['reviews-viewer', 'enforced', 'bookinfo/waypoint', ['bookinfo-reviews-1']],
    ]);
  });

  it('checks nothing without policies', () => {
    expect(topologyPolicyStatuses(input([]))).toEqual([]);
  });
});
