import type { LabelSelector } from '../../k8s/common/types';
import type { IstioCNIKind } from '../../k8s/istiocni/types';
import { AMBIENT, DATAPLANE_MODE_LABEL, NONE } from '../labels';
import { matchesSelector } from '../../k8s/common/labelSelector';

// istio/istio cni/pkg/util/podutil.go (release-1.26), cni/pkg/util/enablement_selector.go and
// manifests/charts/istio-cni/values.yaml (release-1.27, release-1.28, master)

/** One entry of `IstioCNI spec.values.cni.ambient.enablementSelectors` (Istio 1.27 and later). */
export type EnablementSelector = { podSelector?: LabelSelector; namespaceSelector?: LabelSelector };

/** The istio-cni agent's enrollment rule for one Istio minor version. */
export type CniRules = {
  /** Pods match when one selector matches both the pod and its namespace. */
  selectors: EnablementSelector[];
  /** hostNetwork pods are never enrolled (1.26, and again after 1.28; not 1.27, 1.28). */
  hostNetworkExcluded: boolean;
  /** The agent itself skips `excludeNamespaces` (kube-system) only after 1.28. */
  excludedNamespaces: string[];
};

/** The chart's default selectors: the pod label, or the namespace label unless the pod says none. */
export const DEFAULT_ENABLEMENT_SELECTORS: EnablementSelector[] = [
  { podSelector: { matchLabels: { [DATAPLANE_MODE_LABEL]: AMBIENT } } },
  {
    podSelector: {
      matchExpressions: [{ key: DATAPLANE_MODE_LABEL, operator: 'NotIn', values: [NONE] }],
    },
    namespaceSelector: { matchLabels: { [DATAPLANE_MODE_LABEL]: AMBIENT } },
  },
];

const minorOf = (version: string | undefined): number | undefined => {
  const m = /^v?1\.(\d+)/.exec(version ?? '');
  return m ? Number(m[1]) : undefined;
};

/**
 * The rule for the Istio version the IstioCNI runs (`spec.version`, e.g. `v1.27.9`) and its
 * configured enablement selectors. Unknown versions get the 1.26 rule (OSSM 3.1).
 */
export const cniRulesFor = (version?: string, selectors?: EnablementSelector[]): CniRules => {
  const minor = minorOf(version) ?? 26;
  if (minor <= 26) {
    return {
      selectors: DEFAULT_ENABLEMENT_SELECTORS,
      hostNetworkExcluded: true,
      excludedNamespaces: [],
    };
  }
  const configured = selectors && selectors.length > 0 ? selectors : DEFAULT_ENABLEMENT_SELECTORS;
  return {
    selectors: configured,
    hostNetworkExcluded: minor > 28,
    excludedNamespaces: minor > 28 ? ['kube-system'] : [],
  };
};

export const CNI_RULES_DEFAULT = cniRulesFor();

/** Whether the selectors ask for ambient for this pod (before the sidecar and hostNetwork checks). */
export const selectorsMatch = (
  rules: CniRules,
  podLabels: Record<string, string> | undefined,
  nsLabels: Record<string, string> | undefined,
): boolean =>
  rules.selectors.some(
    (s) =>
      matchesSelector(podLabels, s.podSelector ?? {}) &&
      matchesSelector(nsLabels, s.namespaceSelector ?? {}),
  );

const isSelectorList = (v: unknown): v is EnablementSelector[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'object' && s !== null);

/** The rule of an IstioCNI CR (`spec.version`, `spec.values.cni.ambient.enablementSelectors`). */
export const cniRulesOf = (cni?: IstioCNIKind): CniRules => {
  const selectors = cni?.spec?.values?.cni?.ambient?.enablementSelectors;
  return cniRulesFor(cni?.spec?.version, isSelectorList(selectors) ? selectors : undefined);
};
