import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { getLabel, getName } from '../../k8s/common/selectors';
import type { AnyObject, Origin } from './types';

const SAIL_API_PREFIX = 'sailoperator.io/';
/** The label the operator's Helm post-renderer puts on everything it renders. */
export const MANAGED_BY_LABEL = { key: 'managed-by', value: 'sail-operator' };

/** Objects the platform makes in every namespace (service account CA bundles and accounts). */
const PLATFORM: Record<string, RegExp> = {
  ConfigMap: /^(kube-root-ca\.crt|openshift-service-ca\.crt)$/,
  ServiceAccount: /^(default|builder|deployer)$/,
  Secret: /^(default|builder|deployer)-(dockercfg|token)-[a-z0-9]+$/,
};

/**
 * Objects istiod writes at run time without an owner: the root certificate in every namespace
 * it watches, its self-signed CA and its leader-election config maps.
 */
const ISTIOD: Record<string, RegExp> = {
  ConfigMap:
    /^(istio-ca-root-cert|istio-leader|istio-namespace-controller-election|istio-gateway-.*leader.*)$/,
  Secret: /^(istio-ca-secret|cacerts)$/,
};

const ownedBySail = (o: K8sResourceCommon): boolean =>
  (o.metadata?.ownerReferences ?? []).some((r) => r.apiVersion.startsWith(SAIL_API_PREFIX));

/** Helm's release record of a chart the operator installed. */
const helmRelease = (o: AnyObject): boolean =>
  o.kind === 'Secret' && getLabel(o, 'owner') === 'helm' && /^sh\.helm\.release\./.test(getName(o));

/**
 * Who made an object in a namespace the wizard created: the Sail operator (its owner is a Sail CR,
 * it carries `managed-by: sail-operator`, it is a Helm release record, or its owner chain leads
 * to one of those), istiod, the platform, or someone else.
 */
export const originOf = (o: AnyObject, byUid: Map<string, AnyObject>, depth = 0): Origin => {
  if (ownedBySail(o) || getLabel(o, MANAGED_BY_LABEL.key) === MANAGED_BY_LABEL.value)
    return 'operator';
  if (helmRelease(o)) return 'operator';
  const kind = o.kind ?? '';
  if (ISTIOD[kind]?.test(getName(o))) return 'istiod';
  if (PLATFORM[kind]?.test(getName(o))) return 'platform';
  const owners = o.metadata?.ownerReferences ?? [];
  if (owners.length > 0 && depth < 5) {
    const origins = owners.map((r) => {
      const owner = byUid.get(r.uid);
      return owner ? originOf(owner, byUid, depth + 1) : 'other';
    });
    if (origins.every((x) => x === 'operator')) return 'operator';
  }
  return 'other';
};
