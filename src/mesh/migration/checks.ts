import { isDiscovered } from '../../k8s/common/labelSelector';
import { getLabel, getLabels, getName } from '../../k8s/common/selectors';
import type { DestinationRuleKind, TrafficPolicy } from '../../k8s/destinationrule/types';
import type { VirtualServiceKind } from '../../k8s/virtualservice/types';
import { readiness } from '../health/health';
import { USE_WAYPOINT_LABEL } from '../labels';
import { l7Attributes, needsWaypoint } from '../policy/l7';
import { isWaypointGateway } from '../waypoints/resolve';
import type { MigrationInput } from './types';

export type CheckState = 'pass' | 'fail' | 'unknown';

/** An object that a sidecar handles today and that needs a waypoint in ambient. */
export type WaypointUser = {
  kind: 'AuthorizationPolicy' | 'VirtualService' | 'DestinationRule';
  name: string;
  /** What makes it L7: policy attributes, `http` routes, DestinationRule traffic policy fields. */
  why: string[];
  /** An L7 AuthorizationPolicy bound to pods by `selector`: ztunnel denies all once sidecars go. */
  selectorBound?: boolean;
};

export type MigrationChecks = {
  ambient: { state: CheckState; reasons: string[] };
  discovered: CheckState;
  waypointUsers: WaypointUser[];
  /** The namespace already has a waypoint Gateway (its name), or none. */
  existingWaypoint?: string;
  /** The namespace already names a waypoint with `istio.io/use-waypoint`. */
  usesWaypoint?: string;
  waypointNeeded: boolean;
};

// istio.io docs ambient/migrate: a VirtualService bound to sidecars (`gateways` empty or `mesh`)
// with HTTP routes is handled by a waypoint in ambient.
const vsWhy = (vs: VirtualServiceKind): string[] => {
  const gateways = vs.spec?.gateways ?? [];
  const forMesh = gateways.length === 0 || gateways.includes('mesh');
  return forMesh && (vs.spec?.http ?? []).length > 0 ? ['http'] : [];
};

const POLICY_FIELDS: (keyof TrafficPolicy)[] = [
  'loadBalancer',
  'connectionPool',
  'outlierDetection',
  'tls',
];

const policyFields = (tp: TrafficPolicy | undefined): string[] =>
  POLICY_FIELDS.filter((f) => tp?.[f] !== undefined);

// A DestinationRule's traffic policy and subsets are applied by the client's proxy: in ambient,
// by the waypoint (istio.io docs ambient/migrate, "Resource migration overview").
const drWhy = (dr: DestinationRuleKind): string[] => {
  const fields = new Set(policyFields(dr.spec?.trafficPolicy));
  (dr.spec?.trafficPolicy?.portLevelSettings ?? []).forEach((p) =>
    policyFields(p).forEach((f) => fields.add(f)),
  );
  (dr.spec?.subsets ?? []).forEach((s) => {
    fields.add('subsets');
    policyFields(s.trafficPolicy).forEach((f) => fields.add(f));
  });
  return [...fields];
};

const ambientState = (input: MigrationInput): { state: CheckState; reasons: string[] } => {
  if (!input.ztunnels || !input.istioCNIs) return { state: 'unknown', reasons: [] };
  const reasons: string[] = [];
  const zt = input.ztunnels[0];
  const cni = input.istioCNIs[0];
  const ztReady = readiness(zt, 'ZTunnel');
  const cniReady = readiness(cni, 'IstioCNI');
  if (!ztReady.ready) reasons.push(`ZTunnel: ${ztReady.reason ?? 'NotReady'}`);
  if (!cniReady.ready) reasons.push(`IstioCNI: ${cniReady.reason ?? 'NotReady'}`);
  return { state: reasons.length ? 'fail' : 'pass', reasons };
};

/** What a move of the namespace to ambient needs, from upstream's migration guide. Pure. */
export const migrationChecks = (input: MigrationInput): MigrationChecks => {
  const users: WaypointUser[] = [
    ...input.policies.filter(needsWaypoint).map<WaypointUser>((p) => ({
      kind: 'AuthorizationPolicy',
      name: getName(p),
      why: p.spec?.action === 'CUSTOM' ? ['CUSTOM'] : l7Attributes(p),
      ...(p.spec?.selector ? { selectorBound: true } : {}),
    })),
    ...input.virtualServices
      .map((vs) => ({ vs, why: vsWhy(vs) }))
      .filter((x) => x.why.length > 0)
      .map<WaypointUser>(({ vs, why }) => ({ kind: 'VirtualService', name: getName(vs), why })),
    ...input.destinationRules
      .map((dr) => ({ dr, why: drWhy(dr) }))
      .filter((x) => x.why.length > 0)
      .map<WaypointUser>(({ dr, why }) => ({ kind: 'DestinationRule', name: getName(dr), why })),
  ];
  const existing = input.gateways.find(isWaypointGateway);
  const usesWaypoint = getLabel(input.namespace, USE_WAYPOINT_LABEL);
  let discovered: CheckState = 'unknown';
  if (input.discoverySelectors)
    discovered = isDiscovered(getLabels(input.namespace), input.discoverySelectors)
      ? 'pass'
      : 'fail';
  return {
    ambient: ambientState(input),
    discovered,
    waypointUsers: users,
    ...(existing ? { existingWaypoint: getName(existing) } : {}),
    ...(usesWaypoint ? { usesWaypoint } : {}),
    waypointNeeded: users.length > 0,
  };
};
