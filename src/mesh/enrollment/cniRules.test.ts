import type { PodKind } from '../../k8s/pod/types';
import { cniRulesFor, cniRulesOf } from './cniRules';
import { evaluatePod, isStuckOnZtunnel } from './podEnrollment';

// Cases from istio/istio cni/pkg/util/podutil.go (release-1.26), cni/pkg/util/enablement_selector.go
// and manifests/charts/istio-cni/values.yaml (release-1.27, release-1.28, master).

const pod = (
  labels: Record<string, string>,
  o: { hostNetwork?: boolean; sidecar?: boolean; namespace?: string } = {},
): PodKind => ({
  metadata: {
    name: 'p',
    namespace: o.namespace ?? 'app',
    labels,
    annotations: o.sidecar ? { 'sidecar.istio.io/status': '{}' } : {},
  },
  spec: { containers: [], hostNetwork: o.hostNetwork },
});
const ns = (labels: Record<string, string>, name = 'app') => ({ metadata: { name, labels } });
const AMB = { 'istio.io/dataplane-mode': 'ambient' };
const NONE = { 'istio.io/dataplane-mode': 'none' };

describe('evaluatePod: enrolled per Istio version', () => {
  it.each<[string, string, PodKind, Record<string, string>, boolean]>([
    ['namespace label', 'v1.26.8', pod({}), AMB, true],
    ['pod label', 'v1.26.8', pod(AMB), {}, true],
    ['pod none beats namespace', 'v1.26.8', pod(NONE), AMB, false],
    ['pod ambient beats namespace none', 'v1.27.9', pod(AMB), NONE, true],
    ['sidecar wins', 'v1.27.9', pod({}, { sidecar: true }), AMB, false],
    ['hostNetwork excluded on 1.26', 'v1.26.8', pod({}, { hostNetwork: true }), AMB, false],
    ['hostNetwork not excluded on 1.27', 'v1.27.9', pod({}, { hostNetwork: true }), AMB, true],
    ['hostNetwork not excluded on 1.28', 'v1.28.1', pod({}, { hostNetwork: true }), AMB, true],
    ['hostNetwork excluded after 1.28', 'v1.29.0', pod({}, { hostNetwork: true }), AMB, false],
    [
      'kube-system enrolled by the agent on 1.28',
      'v1.28.1',
      pod({}, { namespace: 'kube-system' }),
      AMB,
      true,
    ],
    [
      'kube-system excluded after 1.28',
      'v1.29.0',
      pod({}, { namespace: 'kube-system' }),
      AMB,
      false,
    ],
  ])('%s (%s)', (_n, version, p, nsLabels, expected) => {
    const rules = cniRulesFor(version);
    const namespace = ns(nsLabels, p.metadata?.namespace);
    expect(evaluatePod(p, namespace, true, rules).enrolled).toBe(expected);
  });

  it('follows the configured enablement selectors from 1.27 only', () => {
    const selectors = [{ podSelector: { matchLabels: { mesh: 'yes' } } }];
    const custom = (version: string) =>
      cniRulesOf({
        metadata: { name: 'default' },
        spec: { version, values: { cni: { ambient: { enablementSelectors: selectors } } } },
      });
    expect(evaluatePod(pod({ mesh: 'yes' }), ns({}), true, custom('v1.27.9')).enrolled).toBe(true);
    expect(evaluatePod(pod({}), ns(AMB), true, custom('v1.27.9')).enrolled).toBe(false);
    expect(evaluatePod(pod({ mesh: 'yes' }), ns({}), true, custom('v1.26.8')).enrolled).toBe(false);
    expect(evaluatePod(pod({}), ns(AMB), true, custom('v1.26.8')).enrolled).toBe(true);
  });
});

describe('isStuckOnZtunnel', () => {
  type Phase = NonNullable<PodKind['status']>['phase'];
  const withState = (mark: string | undefined, phase: Phase, ip?: string): PodKind => ({
    metadata: {
      name: 'p',
      annotations: mark ? { 'ambient.istio.io/redirection': mark } : {},
    },
    status: { phase, podIP: ip },
  });
  it.each<[string | undefined, Phase, string | undefined, boolean]>([
    ['pending', 'Pending', undefined, true],
    ['pending', 'Running', '10.0.0.1', false],
    ['enabled', 'Pending', undefined, false],
    [undefined, 'Pending', undefined, false],
  ])('mark %s, phase %s, ip %s -> %s', (mark, phase, ip, expected) => {
    expect(isStuckOnZtunnel(withState(mark, phase, ip))).toBe(expected);
  });
});
