import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { getLabel, getLabels, getName, getNamespace } from '../../k8s/common/selectors';
import type { LabelSelector } from '../../k8s/common/types';
import {
  DATAPLANE_MODE_LABEL,
  AMBIENT,
  GATEWAY_NAME_LABEL,
  USE_WAYPOINT_LABEL,
  USE_WAYPOINT_NAMESPACE_LABEL,
  WAYPOINT_GATEWAY_CLASS,
} from '../labels';
import { originOf } from './ownership';
import type {
  AnyObject,
  CrKind,
  Inventory,
  KeepReason,
  LabelTarget,
  Ref,
  SystemNamespace,
  TargetKind,
  UninstallInput,
} from './types';

/** Namespaces never offered for deletion, whatever a CR names. */
const PROTECTED = /^(default|kube-.*|openshift|openshift-.*)$/;

export const refOf = (kind: TargetKind, o: K8sResourceCommon): Ref => ({
  kind,
  name: getName(o),
  ...(getNamespace(o) ? { namespace: getNamespace(o) } : {}),
  ...(o.metadata?.uid ? { uid: o.metadata.uid } : {}),
});

/** The matchLabels of every Istio's discovery selectors (what the wizard writes). */
export const discoveryLabelsOf = (input: UninstallInput): Record<string, string> => {
  const selectors: LabelSelector[] = input.istios.flatMap(
    (i) => i.spec?.values?.meshConfig?.discoverySelectors ?? [],
  );
  return Object.assign({}, ...selectors.map((s) => s.matchLabels ?? {}));
};

/** The keys the plugin or the wizard manage that an object carries. */
const managedKeys = (
  o: K8sResourceCommon,
  kind: TargetKind,
  discovery: Record<string, string>,
): string[] => {
  const labels = getLabels(o);
  const keys = [USE_WAYPOINT_LABEL, USE_WAYPOINT_NAMESPACE_LABEL];
  if (kind === 'Namespace' || kind === 'Pod') keys.push(DATAPLANE_MODE_LABEL);
  if (kind === 'Namespace')
    keys.push(...Object.keys(discovery).filter((k) => labels[k] === discovery[k]));
  return keys.filter((k) => k in labels);
};

const crNamespaces = (input: UninstallInput, remembered: string[]): Map<string, CrKind[]> => {
  const out = new Map<string, CrKind[]>(remembered.map((n) => [n, []]));
  const add = (ns: string | undefined, kind: CrKind) => {
    if (!ns) return;
    out.set(ns, [...new Set([...(out.get(ns) ?? []), kind])]);
  };
  input.istios.forEach((i) => add(i.spec?.namespace, 'Istio'));
  input.istioCNIs.forEach((c) => add(c.spec?.namespace, 'IstioCNI'));
  input.ztunnels.forEach((z) => add(z.spec?.namespace, 'ZTunnel'));
  return out;
};

const systemNamespaces = (input: UninstallInput, remembered: string[]): SystemNamespace[] => {
  const byUid = new Map(input.systemObjects.map((o) => [o.metadata?.uid ?? '', o]));
  const existing = new Map(input.namespaces.map((n) => [getName(n), n]));
  return [...crNamespaces(input, remembered)]
    .filter(([name]) => existing.has(name))
    .map(([name, usedBy]) => {
      const objects = [...input.systemObjects, ...input.gateways]
        .filter((o) => getNamespace(o) === name)
        .map((o: AnyObject) => ({
          kind: o.kind ?? '',
          name: getName(o),
          origin: originOf(o, byUid),
        }));
      const others = objects.filter((o) => o.origin === 'other');
      const keep: KeepReason | undefined = PROTECTED.test(name)
        ? 'protected'
        : existing.get(name)?.metadata?.deletionTimestamp
          ? 'terminating'
          : others.length
            ? 'others'
            : undefined;
      return {
        name,
        uid: existing.get(name)?.metadata?.uid,
        usedBy,
        objects,
        others,
        ...(keep ? { keep } : {}),
      };
    });
};

/** The namespaces the CRs install into (and `remembered` ones, known from before they went). */
export const systemNamespaceNames = (input: UninstallInput, remembered: string[] = []): string[] =>
  [...crNamespaces(input, remembered).keys()].sort();

const byNamespaceAndName = (a: K8sResourceCommon, b: K8sResourceCommon): number =>
  getNamespace(a).localeCompare(getNamespace(b)) || getName(a).localeCompare(getName(b));
const sorted = <T extends K8sResourceCommon>(list: T[]): T[] => [...list].sort(byNamespaceAndName);

/**
 * The input's lists in namespace and name order: what the inventory names is read in that order,
 * whatever order the watches hand their lists in (the console's store holds a list in hash
 * order, not the API's).
 */
const inNameOrder = (input: UninstallInput): UninstallInput => ({
  ...input,
  namespaces: sorted(input.namespaces),
  pods: sorted(input.pods),
  services: sorted(input.services),
  gateways: sorted(input.gateways),
  istios: sorted(input.istios),
  istioCNIs: sorted(input.istioCNIs),
  ztunnels: sorted(input.ztunnels),
  revisionTags: sorted(input.revisionTags),
  revisions: sorted(input.revisions),
});

/**
 * What ambient mode left on the cluster, from the watches alone. `remembered`: system namespaces
 * seen earlier, still reported after their CRs are gone.
 */
export const buildInventory = (given: UninstallInput, remembered: string[] = []): Inventory => {
  const input = inNameOrder(given);
  const discovery = discoveryLabelsOf(input);
  const waypointGateways = input.gateways.filter(
    (g) => g.spec?.gatewayClassName === WAYPOINT_GATEWAY_CLASS,
  );
  const system = systemNamespaces(input, remembered);
  const systemNames = new Set(system.map((s) => s.name));
  // Pods of the mesh itself (ztunnel, CNI, istiod, waypoints) go with their owners.
  const appPods = input.pods.filter(
    (p) => !systemNames.has(getNamespace(p)) && !getLabel(p, GATEWAY_NAME_LABEL),
  );
  const candidates: [TargetKind, K8sResourceCommon][] = [
    ...input.namespaces.map((n): [TargetKind, K8sResourceCommon] => ['Namespace', n]),
    ...appPods.map((p): [TargetKind, K8sResourceCommon] => ['Pod', p]),
    ...input.services.map((s): [TargetKind, K8sResourceCommon] => ['Service', s]),
  ];
  const labelTargets: LabelTarget[] = candidates
    .map(([kind, obj]) => ({ ref: refOf(kind, obj), obj, keys: managedKeys(obj, kind, discovery) }))
    .filter((t) => t.keys.length > 0);
  const crs: Ref[] = [
    ...input.ztunnels.map((z) => refOf('ZTunnel', z)),
    ...input.istioCNIs.map((c) => refOf('IstioCNI', c)),
    ...input.istios.map((i) => refOf('Istio', i)),
  ];
  return {
    enrolledNamespaces: input.namespaces
      .filter((n) => getLabel(n, DATAPLANE_MODE_LABEL) === AMBIENT)
      .map(getName),
    enrolledPods: appPods
      .filter((p) => getLabel(p, DATAPLANE_MODE_LABEL) === AMBIENT)
      .map((p) => refOf('Pod', p)),
    waypoints: waypointGateways.map((g) => refOf('Gateway', g)),
    useWaypoint: labelTargets
      .filter((t) =>
        t.keys.some((k) => k === USE_WAYPOINT_LABEL || k === USE_WAYPOINT_NAMESPACE_LABEL),
      )
      .map((t) => t.ref),
    discoveryLabels: discovery,
    discoveryNamespaces: labelTargets
      .filter((t) => t.ref.kind === 'Namespace' && t.keys.some((k) => k in discovery))
      .map((t) => t.ref.name),
    labelTargets,
    revisionTags: input.revisionTags.map((t) => refOf('IstioRevisionTag', t)),
    revisions: input.revisions.map(getName),
    crs,
    crNamespaces: Object.fromEntries([
      ...input.ztunnels.map((z) => [`ZTunnel/${getName(z)}`, z.spec?.namespace ?? '']),
      ...input.istioCNIs.map((c) => [`IstioCNI/${getName(c)}`, c.spec?.namespace ?? '']),
      ...input.istios.map((i) => [`Istio/${getName(i)}`, i.spec?.namespace ?? '']),
    ]),
    systemNamespaces: system,
  };
};

/** Whether anything is still in the mesh: enrolled namespaces or pods, waypoints, use-waypoint. */
export const anythingEnrolled = (inv: Inventory): boolean =>
  inv.enrolledNamespaces.length +
    inv.enrolledPods.length +
    inv.waypoints.length +
    inv.useWaypoint.length >
  0;
