import type { AuthorizationPolicyKind } from '../../k8s/authorizationpolicy/types';
import type { GatewayKind } from '../../k8s/gateway/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { ServiceKind } from '../../k8s/service/types';
import { ns, waypoint } from '../../testing/objects';
import { indexGateways } from '../waypoints/resolve';
import { indexPolicies, policyIssues, policyStatuses } from './enforcement';
import type { PolicyWorkload } from './types';

// Cases from istio.io docs/ambient/usage/l4-policy ("Layer 7 authorization policies without
// waypoints installed", "Authorization policy attachment") and istio/istio pilot/pkg/security/authz.

const GET_ONLY = [{ to: [{ operation: { methods: ['GET'] } }] }];
const FROM_NS = [{ from: [{ source: { namespaces: ['bookinfo'] } }] }];

const policy = (
  name: string,
  spec: AuthorizationPolicyKind['spec'],
  namespace = 'bookinfo',
): AuthorizationPolicyKind => ({ metadata: { name, namespace }, spec });

const service = (name: string, selector: Record<string, string>, labels = {}): ServiceKind => ({
  metadata: { name, namespace: 'bookinfo', labels },
  spec: { selector },
});

const workload = (
  key: string,
  labels: Record<string, string>,
  waypoints: PolicyWorkload['waypoints'] = [],
  ambient = true,
  namespace = 'bookinfo',
): PolicyWorkload => ({ key, namespace, labels, ambient, waypoints });

const WP = { id: 'bookinfo/waypoint', ready: true };
const RATINGS = workload('ratings', { app: 'ratings' });
const REVIEWS = workload('reviews', { app: 'reviews' });
const REVIEWS_WP = workload('reviews', { app: 'reviews' }, [WP]);
const OTHER_NS = workload('other', { app: 'reviews' }, [], true, 'other');
const SIDECAR = workload('sidecar', { app: 'reviews' }, [], false);

const ctx = (o: {
  gateways?: GatewayKind[];
  namespaces?: NamespaceKind[];
  services?: ServiceKind[];
}) => ({
  services: o.services ?? [service('reviews', { app: 'reviews' })],
  namespaces: new Map((o.namespaces ?? [ns('bookinfo')]).map((n) => [n.metadata?.name ?? '', n])),
  gateways: indexGateways(o.gateways ?? []),
  rootNamespace: 'istio-system',
});

type Case = {
  name: string;
  policy: AuthorizationPolicyKind;
  gateways?: GatewayKind[];
  namespaces?: NamespaceKind[];
  services?: ServiceKind[];
  workloads: PolicyWorkload[];
  /** Issues per workload key (only keys with issues). */
  issues: Record<string, string[]>;
};

const nsWithWaypoint = ns('bookinfo', { 'istio.io/use-waypoint': 'waypoint' });

const CASES: Case[] = [
  {
    name: 'an L4 policy needs no waypoint',
    policy: policy('l4', { selector: { matchLabels: { app: 'reviews' } }, rules: FROM_NS }),
    workloads: [REVIEWS],
    issues: {},
  },
  {
    name: 'selector + L7 without a waypoint: only the selected workloads',
    policy: policy('get', { selector: { matchLabels: { app: 'reviews' } }, rules: GET_ONLY }),
    workloads: [REVIEWS, RATINGS, OTHER_NS, SIDECAR],
    issues: { reviews: ['no-waypoint'] },
  },
  {
    name: 'selector + L7 with a waypoint on the path: bound to ztunnel, not the waypoint',
    policy: policy('get', { selector: { matchLabels: { app: 'reviews' } }, rules: GET_ONLY }),
    workloads: [REVIEWS_WP, RATINGS],
    issues: { reviews: ['selector-bound'] },
  },
  {
    name: 'namespace-wide L7 (no selector, no targetRefs): every ambient workload of the namespace',
    policy: policy('hdr', {
      rules: [{ when: [{ key: 'request.headers[x-user]', values: ['a'] }] }],
    }),
    workloads: [REVIEWS, RATINGS, OTHER_NS],
    issues: { reviews: ['no-waypoint'], ratings: ['no-waypoint'] },
  },
  {
    name: 'root namespace selector policy: every namespace',
    policy: policy(
      'jwt',
      {
        selector: { matchLabels: { app: 'reviews' } },
        rules: [{ from: [{ source: { requestPrincipals: ['*'] } }] }],
      },
      'istio-system',
    ),
    workloads: [REVIEWS, OTHER_NS, RATINGS],
    issues: { reviews: ['no-waypoint'], other: ['no-waypoint'] },
  },
  {
    name: 'targetRefs Service without a waypoint: the pods behind that Service only',
    policy: policy('svc', {
      targetRefs: [{ kind: 'Service', group: '', name: 'reviews' }],
      rules: GET_ONLY,
    }),
    workloads: [REVIEWS, RATINGS],
    issues: { reviews: ['no-waypoint'] },
  },
  {
    name: 'targetRefs Service served by the namespace waypoint: no false "missing waypoint"',
    policy: policy('svc', {
      targetRefs: [{ kind: 'Service', group: '', name: 'reviews' }],
      rules: GET_ONLY,
    }),
    namespaces: [nsWithWaypoint],
    gateways: [waypoint('bookinfo', 'waypoint')],
    workloads: [REVIEWS_WP, RATINGS],
    issues: {},
  },
  {
    name: 'targetRefs Service whose namespace waypoint does not exist',
    policy: policy('svc', {
      targetRef: { kind: 'Service', group: '', name: 'reviews' },
      rules: GET_ONLY,
    }),
    namespaces: [nsWithWaypoint],
    workloads: [REVIEWS],
    issues: { reviews: ['no-waypoint'] },
  },
  {
    name: 'targetRefs Service served by its own waypoint label',
    policy: policy('svc', {
      targetRefs: [{ kind: 'Service', group: '', name: 'reviews' }],
      rules: GET_ONLY,
    }),
    services: [service('reviews', { app: 'reviews' }, { 'istio.io/use-waypoint': 'reviews-wp' })],
    gateways: [waypoint('bookinfo', 'reviews-wp')],
    workloads: [REVIEWS, RATINGS],
    issues: {},
  },
  {
    name: 'targetRefs Gateway (waypoint) that exists and is ready',
    policy: policy('gw', {
      targetRefs: [{ kind: 'Gateway', group: 'gateway.networking.k8s.io', name: 'waypoint' }],
      rules: GET_ONLY,
    }),
    gateways: [waypoint('bookinfo', 'waypoint')],
    workloads: [REVIEWS_WP, RATINGS],
    issues: {},
  },
  {
    name: 'targetRefs Gateway (waypoint) without an address: the workloads that use it',
    policy: policy('gw', {
      targetRefs: [{ kind: 'Gateway', group: 'gateway.networking.k8s.io', name: 'waypoint' }],
      rules: GET_ONLY,
    }),
    gateways: [waypoint('bookinfo', 'waypoint', undefined, false)],
    workloads: [
      workload('reviews', { app: 'reviews' }, [{ id: 'bookinfo/waypoint', ready: false }]),
      RATINGS,
    ],
    issues: { reviews: ['no-waypoint'] },
  },
  {
    name: 'a CUSTOM policy needs a waypoint even without L7 rules',
    policy: policy('ext', {
      selector: { matchLabels: { app: 'ratings' } },
      action: 'CUSTOM',
      provider: { name: 'x' },
    }),
    workloads: [REVIEWS, RATINGS],
    issues: { ratings: ['no-waypoint'] },
  },
];

describe('policy enforcement in ambient mode', () => {
  it.each(CASES)('$name', (c) => {
    const index = indexPolicies([c.policy], ctx(c));
    const got: Record<string, string[]> = {};
    for (const w of c.workloads) {
      const issues = policyIssues(index, w, 'istio-system');
      if (issues.length) got[w.key] = issues.map((i) => i.verdict);
    }
    expect(got).toEqual(c.issues);
  });

  it('reports each target of a policy with its verdict, waypoint and workloads', () => {
    const p = policy('two', {
      targetRefs: [
        { kind: 'Service', group: '', name: 'reviews' },
        { kind: 'Service', group: '', name: 'ratings' },
      ],
      rules: [{ to: [{ operation: { paths: ['/admin'], ports: ['9080'] } }] }],
    });
    const services = [
      service('reviews', { app: 'reviews' }, { 'istio.io/use-waypoint': 'waypoint' }),
      service('ratings', { app: 'ratings' }),
    ];
    const index = indexPolicies(
      [p],
      ctx({ services, gateways: [waypoint('bookinfo', 'waypoint')] }),
    );
    const statuses = policyStatuses(index, [REVIEWS_WP, RATINGS], 'istio-system');
    expect(
      statuses.map((s) => [s.target, s.verdict, s.waypoint, s.workloads, s.attributes]),
    ).toEqual([
      [
        { kind: 'Service', namespace: 'bookinfo', name: 'reviews' },
        'enforced',
        'bookinfo/waypoint',
        ['reviews'],
        ['paths'],
      ],
      [
        { kind: 'Service', namespace: 'bookinfo', name: 'ratings' },
        'no-waypoint',
        undefined,
        ['ratings'],
        ['paths'],
      ],
    ]);
  });

  it('says when a selector matches no ambient workload', () => {
    const p = policy('none', { selector: { matchLabels: { app: 'nothing' } }, rules: GET_ONLY });
    const statuses = policyStatuses(indexPolicies([p], ctx({})), [REVIEWS], 'istio-system');
    expect(statuses.map((s) => s.verdict)).toEqual(['no-workloads']);
  });

  it('leaves L4 policies and ingress Gateway targets out', () => {
    const ingress: GatewayKind = {
      ...waypoint('bookinfo', 'ingress'),
      spec: { gatewayClassName: 'istio', listeners: [] },
    };
    const index = indexPolicies(
      [
        policy('l4', { rules: FROM_NS }),
        policy('in', {
          targetRefs: [{ kind: 'Gateway', group: 'gateway.networking.k8s.io', name: 'ingress' }],
          rules: GET_ONLY,
        }),
      ],
      ctx({ gateways: [ingress] }),
    );
    expect(index.map((p) => [p.id, p.scopes.length])).toEqual([['bookinfo/in', 0]]);
  });
});
