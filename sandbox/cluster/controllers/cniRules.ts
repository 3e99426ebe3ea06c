/**
 * The istio-cni agent's enrollment rule per Istio minor version, from upstream:
 * istio/istio cni/pkg/util/podutil.go PodRedirectionEnabled (release-1.26),
 * cni/pkg/util/enablement_selector.go Matches and manifests/charts/istio-cni/values.yaml
 * (release-1.27, release-1.28: configurable selectors, no hostNetwork check; master: both, and
 * the agent skips excludeNamespaces), cni/pkg/plugin/plugin.go (excludeNamespaces, every line).
 */
import { asDict, type KObj } from '../api/types';

type Labels = Record<string, string>;
type Requirement = { key: string; operator: string; values?: string[] };
export type Selector = { matchLabels?: Labels; matchExpressions?: Requirement[] };
export type EnablementSelector = { podSelector?: Selector; namespaceSelector?: Selector };

/** metav1.LabelSelector semantics; the empty selector matches everything. */
export const selectorMatches = (sel: Selector | undefined, labels: Labels = {}): boolean => {
  const ok = Object.entries(sel?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  return (
    ok &&
    (sel?.matchExpressions ?? []).every((r) => {
      const has = r.key in labels;
      const vals = r.values ?? [];
      if (r.operator === 'In') return has && vals.includes(labels[r.key]);
      if (r.operator === 'NotIn') return !has || !vals.includes(labels[r.key]);
      if (r.operator === 'Exists') return has;
      if (r.operator === 'DoesNotExist') return !has;
      return false;
    })
  );
};

/** The chart default (values.yaml, release-1.27 and later). */
export const DEFAULT_SELECTORS: EnablementSelector[] = [
  { podSelector: { matchLabels: { 'istio.io/dataplane-mode': 'ambient' } } },
  {
    podSelector: {
      matchExpressions: [{ key: 'istio.io/dataplane-mode', operator: 'NotIn', values: ['none'] }],
    },
    namespaceSelector: { matchLabels: { 'istio.io/dataplane-mode': 'ambient' } },
  },
];

/** The chart's `excludeNamespaces` default. */
export const EXCLUDE_NAMESPACES = ['kube-system'];

export interface CniConfig {
  minor: number;
  selectors: EnablementSelector[];
}

/** The config the IstioCNI CR renders: its `spec.version` and `values.cni.ambient`. */
export const cniConfigOf = (cr: KObj | undefined): CniConfig => {
  const spec = asDict(cr?.spec);
  const m = /^v?1\.(\d+)/.exec(String(spec.version ?? ''));
  const minor = m ? Number(m[1]) : 26;
  const ambient = asDict(asDict(asDict(spec.values).cni).ambient);
  const configured = ambient.enablementSelectors as EnablementSelector[] | undefined;
  return {
    minor,
    selectors: minor >= 27 && configured?.length ? configured : DEFAULT_SELECTORS,
  };
};

const hasSidecar = (pod: KObj): boolean =>
  pod.metadata.annotations?.['sidecar.istio.io/status'] !== undefined;

/** Whether the node agent wants the pod in the mesh (its informer's `shouldBeEnabled`). */
export const shouldBeEnabled = (cfg: CniConfig, pod: KObj, ns: KObj | undefined): boolean => {
  const podLabels = pod.metadata.labels ?? {};
  const nsLabels = ns?.metadata.labels ?? {};
  if (hasSidecar(pod)) return false;
  const hostNetwork = asDict(pod.spec).hostNetwork === true;
  if (cfg.minor <= 26) {
    const podMode = podLabels['istio.io/dataplane-mode'];
    const nsMode = nsLabels['istio.io/dataplane-mode'];
    if (podMode !== 'ambient' && nsMode !== 'ambient') return false;
    if (podMode === 'none') return false;
    return !hostNetwork;
  }
  if (cfg.minor > 28) {
    if (hostNetwork) return false;
    if (EXCLUDE_NAMESPACES.includes(pod.metadata.namespace as string)) return false;
  }
  return cfg.selectors.some(
    (s) =>
      selectorMatches(s.podSelector, podLabels) && selectorMatches(s.namespaceSelector, nsLabels),
  );
};

/**
 * Whether the CNI plugin (at pod sandbox creation) hands the pod to the agent: never for
 * hostNetwork pods (the kubelet runs no CNI for them) nor for `excludeNamespaces`.
 */
export const pluginTakesPod = (cfg: CniConfig, pod: KObj, ns: KObj | undefined): boolean =>
  asDict(pod.spec).hostNetwork !== true &&
  !EXCLUDE_NAMESPACES.includes(pod.metadata.namespace as string) &&
  shouldBeEnabled(cfg, pod, ns);
