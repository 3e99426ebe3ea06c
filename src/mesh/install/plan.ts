import {
  IstioCNIModel,
  IstioModel,
  IstioRevisionTagModel,
  NamespaceModel,
  apiVersionOf,
} from '../../models';
import { DEFAULT_TAG } from '../../k8s/istiorevisiontag/types';
import { ztunnelModelFor } from '../../k8s/ztunnel/models';
import { DEFAULT_REVISION, installRevision } from './revision';
import type { LabelSelector } from '../../k8s/common/types';
import { deepEqual } from './adopt';
import type { ClusterFacts, InstallChoices, InstallPlan, Manifest, PlanStep } from './types';

/** `key=value` -> `{ key: value }`; a bare key means an empty value. */
export const parseLabel = (label: string): { key: string; value: string } => {
  const i = label.indexOf('=');
  return i < 0
    ? { key: label.trim(), value: '' }
    : { key: label.slice(0, i).trim(), value: label.slice(i + 1).trim() };
};

const discoveryLabels = (c: InstallChoices): Record<string, string> | undefined => {
  if (c.scope !== 'selected') return undefined;
  const { key, value } = parseLabel(c.discoveryLabel);
  return { [key]: value };
};

/** The namespaces the install writes, system ones first, without duplicates. */
export const planNamespaces = (c: InstallChoices): string[] => {
  const system = [c.istioNamespace, c.cniNamespace, c.ztunnelNamespace];
  const apps = c.scope === 'selected' ? c.labelNamespaces : [];
  return [...new Set([...system, ...apps])];
};

const namespaceStep = (name: string, labels?: Record<string, string>): PlanStep => ({
  id: `Namespace/${name}`,
  kind: 'Namespace',
  name,
  waitReady: false,
  labels,
  manifest: {
    apiVersion: apiVersionOf(NamespaceModel),
    kind: 'Namespace',
    metadata: labels ? { name, labels } : { name },
  },
});

/** Whether a selector selects exactly the namespaces that carry `labels` (and no others). */
const selectsExactly = (s: LabelSelector, labels: Record<string, string>): boolean =>
  !s.matchExpressions?.length && deepEqual(s.matchLabels ?? {}, labels);

/**
 * The discovery selectors of the choices: none for the whole cluster; else the ones the Istio
 * has already, with the wizard's label added when none of them selects exactly that label.
 */
export const discoverySelectorsOf = (c: InstallChoices): LabelSelector[] | undefined => {
  const labels = discoveryLabels(c);
  if (!labels) return undefined;
  const kept = c.discoverySelectors;
  return kept.some((s) => selectsExactly(s, labels)) ? kept : [...kept, { matchLabels: labels }];
};

export const istioManifest = (c: InstallChoices): Manifest => {
  const selectors = discoverySelectorsOf(c);
  const meshConfig = selectors ? { meshConfig: { discoverySelectors: selectors } } : {};
  return {
    apiVersion: apiVersionOf(IstioModel),
    kind: 'Istio',
    metadata: { name: c.istioName },
    spec: {
      version: c.version,
      namespace: c.istioNamespace,
      profile: 'ambient',
      updateStrategy: { type: c.updateStrategy },
      values: {
        pilot: { trustedZtunnelNamespace: c.ztunnelNamespace },
        ...meshConfig,
      },
    },
  };
};

export const istioCNIManifest = (c: InstallChoices): Manifest => ({
  apiVersion: apiVersionOf(IstioCNIModel),
  kind: 'IstioCNI',
  metadata: { name: 'default' },
  spec: {
    version: c.version,
    namespace: c.cniNamespace,
    profile: 'ambient',
    values: { cni: { ambient: { reconcileIptablesOnStartup: c.reconcileIptablesOnStartup } } },
  },
});

/**
 * How the ZTunnel names the istiod it dials (`istiod{-rev}.{istioNamespace}.svc:15012`): through
 * `spec.targetRef` when the served schema has it (sail-operator main), else through
 * `spec.values.ztunnel` (3.1, 3.2): `revision` unless `default`, and `istioNamespace` always.
 */
export const ztunnelWiring = (c: InstallChoices, facts: ClusterFacts): Record<string, unknown> => {
  if (facts.ztunnelTargetRef) return { targetRef: { kind: 'Istio', name: c.istioName } };
  const revision = installRevision(c);
  return {
    values: {
      ztunnel: {
        ...(revision === DEFAULT_REVISION ? {} : { revision }),
        istioNamespace: c.istioNamespace,
      },
    },
  };
};

/** ZTunnel in the API version the cluster serves: `v1` has no profile, `v1alpha1` takes `ambient`. */
export const ztunnelManifest = (c: InstallChoices, facts: ClusterFacts): Manifest => ({
  apiVersion: apiVersionOf(ztunnelModelFor(facts.ztunnelVersion)),
  kind: 'ZTunnel',
  metadata: { name: 'default' },
  spec: {
    version: c.version,
    namespace: c.ztunnelNamespace,
    ...(facts.ztunnelVersion === 'v1alpha1' ? { profile: 'ambient' } : {}),
    ...ztunnelWiring(c, facts),
  },
});

// sail-operator api/v1 istiorevisiontags_types.go and the Service Mesh 3 docs (Updating, the
// RevisionBased strategy: move workloads with an IstioRevisionTag): with a revision other
// than `default`, a `default` IstioRevisionTag targeting the Istio lets namespaces and waypoints
// without `istio.io/rev` (and `istio-injection=enabled`) follow it, also across upgrades.
/** The `default` tag the install adds when the Istio's revision is not `default`, else none. */
export const revisionTagManifest = (c: InstallChoices): Manifest | undefined =>
  installRevision(c) === DEFAULT_REVISION
    ? undefined
    : {
        apiVersion: apiVersionOf(IstioRevisionTagModel),
        kind: 'IstioRevisionTag',
        metadata: { name: DEFAULT_TAG },
        spec: { targetRef: { kind: 'Istio', name: c.istioName } },
      };

const crStep = (m: Manifest, original?: Manifest): PlanStep => ({
  id: `${m.kind}/${m.metadata.name}`,
  kind: m.kind as PlanStep['kind'],
  name: m.metadata.name,
  manifest: m,
  waitReady: true,
  ...(original && original.metadata.name === m.metadata.name ? { original } : {}),
});

/**
 * The wizard's choices as ordered writes, in the documented order: namespaces and their labels,
 * then Istio, the `default` IstioRevisionTag when the revision is not `default`, IstioCNI and
 * ZTunnel, each waited on until Ready (the tag: until Reconciled with its revision). With `base`
 * (the choices as read from the live objects, before the person's edits), each CR also carries
 * its `original` manifest, so that adopting it writes only what the person changed.
 */
export const buildInstallPlan = (
  c: InstallChoices,
  facts: ClusterFacts,
  base?: InstallChoices,
): InstallPlan => {
  const labels = discoveryLabels(c);
  // Namespaces as the live choices would label them: only what the person changed is written.
  const was = base && discoveryLabels(base);
  const baseNamespaces = base ? planNamespaces(base) : [];
  const withOriginal = (step: PlanStep): PlanStep =>
    base
      ? {
          ...step,
          original: namespaceStep(step.name, baseNamespaces.includes(step.name) ? was : undefined)
            .manifest,
        }
      : step;
  const tag = revisionTagManifest(c);
  return {
    steps: [
      ...planNamespaces(c).map((ns) => withOriginal(namespaceStep(ns, labels))),
      crStep(istioManifest(c), base && istioManifest(base)),
      ...(tag ? [crStep(tag, base && revisionTagManifest(base))] : []),
      crStep(istioCNIManifest(c), base && istioCNIManifest(base)),
      crStep(ztunnelManifest(c, facts), base && ztunnelManifest(base, facts)),
    ],
  };
};
