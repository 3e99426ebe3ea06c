import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import {
  labelDataPlane,
  namespaceLabelIntent,
  podDataPlane,
  rollUpNamespace,
  sidecarInjectionLabels,
} from './namespaceEnrollment';
import { cniRulesFor } from './cniRules';

const ns = (labels: Record<string, string> = {}): NamespaceKind => ({
  metadata: { name: 'ns', labels },
});
type PodOpts = {
  mode?: string;
  sidecar?: boolean;
  hostNetwork?: boolean;
  captured?: boolean;
  phase?: 'Running' | 'Succeeded';
  waypoint?: boolean;
};
const pod = (o: PodOpts = {}): PodKind => ({
  metadata: {
    name: 'p',
    namespace: 'ns',
    labels: {
      ...(o.mode ? { 'istio.io/dataplane-mode': o.mode } : {}),
      ...(o.waypoint ? { 'gateway.istio.io/managed': 'istio.io-mesh-controller' } : {}),
    },
    annotations: {
      ...(o.sidecar ? { 'sidecar.istio.io/status': '{}' } : {}),
      ...(o.captured ? { 'ambient.istio.io/redirection': 'enabled' } : {}),
    },
  },
  spec: { containers: [{ name: 'c' }], hostNetwork: o.hostNetwork },
  status: { phase: o.phase ?? 'Running' },
});

describe('namespace intent and sidecar injection', () => {
  it.each([
    [{}, 'unset'],
    [{ 'istio.io/dataplane-mode': 'ambient' }, 'ambient'],
    [{ 'istio.io/dataplane-mode': 'none' }, 'none'],
    [{ 'istio.io/dataplane-mode': 'sidecar' }, 'unset'],
  ])('%j -> %s', (labels, intent) => expect(namespaceLabelIntent(ns(labels))).toBe(intent));

  it.each([
    [{}, []],
    [{ 'istio-injection': 'enabled' }, ['istio-injection']],
    [{ 'istio.io/rev': 'default' }, ['istio.io/rev']],
    [{ 'istio-injection': 'enabled', 'istio.io/rev': 'x' }, ['istio-injection']],
    [{ 'istio-injection': 'disabled', 'istio.io/rev': 'x' }, []],
  ])('%j turns on injection by %j', (labels, keys) =>
    expect(sidecarInjectionLabels(ns(labels))).toEqual(keys),
  );

  // The webhooks' namespace selectors (istio-discovery mutatingwebhook.yaml, release-1.26..1.28).
  it.each<[Record<string, string>, string[], string[]]>([
    [{ 'istio.io/rev': 'canary' }, ['default', 'canary'], ['istio.io/rev']],
    [{ 'istio.io/rev': 'gone' }, ['default'], []],
    [{ 'istio-injection': 'enabled' }, ['canary'], []],
    [{ 'istio-injection': 'enabled' }, ['default'], ['istio-injection']],
    [{ 'istio-injection': 'enabled', 'istio.io/rev': 'canary' }, ['canary'], []],
    [{ 'istio.io/rev': 'default' }, ['default'], ['istio.io/rev']],
  ])('%j with revisions %j injects by %j', (labels, revisions, keys) =>
    expect(sidecarInjectionLabels(ns(labels), revisions)).toEqual(keys),
  );

  it.each([
    [{}, 'none'],
    [{ 'istio.io/dataplane-mode': 'ambient' }, 'ambient'],
    [{ 'istio.io/dataplane-mode': 'none' }, 'excluded'],
    [{ 'istio.io/dataplane-mode': 'ambient', 'istio-injection': 'enabled' }, 'sidecar'],
  ])('labels %j ask for %s', (labels, mode) => expect(labelDataPlane(ns(labels))).toBe(mode));
});

describe('podDataPlane: every precedence combination', () => {
  it.each([
    // namespace intent, pod label, sidecar -> mode
    ['unset', undefined, false, 'none'],
    ['unset', 'ambient', false, 'ambient'],
    ['unset', 'none', false, 'excluded'],
    ['ambient', undefined, false, 'ambient'],
    ['ambient', 'ambient', false, 'ambient'],
    ['ambient', 'none', false, 'excluded'],
    ['none', undefined, false, 'excluded'],
    ['none', 'ambient', false, 'ambient'],
    ['none', 'none', false, 'excluded'],
    ['ambient', undefined, true, 'sidecar'],
    ['ambient', 'ambient', true, 'sidecar'],
    ['unset', undefined, true, 'sidecar'],
  ] as const)('namespace %s, pod %s, sidecar %s -> %s', (nsIntent, mode, sidecar, expected) => {
    const labels: Record<string, string> =
      nsIntent === 'unset' ? {} : { 'istio.io/dataplane-mode': nsIntent };
    expect(podDataPlane(pod({ mode, sidecar }), ns(labels))).toBe(expected);
  });
});

describe('rollUpNamespace', () => {
  const ambient = ns({ 'istio.io/dataplane-mode': 'ambient' });

  it('uses the labels when there are no pods', () => {
    expect(rollUpNamespace(ambient, []).dataPlane).toBe('ambient');
    expect(rollUpNamespace(ns(), []).dataPlane).toBe('none');
  });

  it('reports the mode all workload pods share and counts captured pods', () => {
    const r = rollUpNamespace(ambient, [pod({ captured: true }), pod()]);
    expect(r).toMatchObject({ dataPlane: 'ambient', captured: 1, total: 2 });
  });

  it('is mixed when pods differ, e.g. one opts out', () => {
    expect(rollUpNamespace(ambient, [pod(), pod({ mode: 'none' })]).dataPlane).toBe('mixed');
    expect(rollUpNamespace(ns(), [pod(), pod({ sidecar: true })]).dataPlane).toBe('mixed');
  });

  it('leaves out hostNetwork pods, waypoint pods and finished pods', () => {
    const r = rollUpNamespace(ambient, [
      pod({ captured: true }),
      pod({ hostNetwork: true }),
      pod({ mode: 'none', waypoint: true }),
      pod({ mode: 'none', phase: 'Succeeded' }),
    ]);
    expect(r).toMatchObject({ dataPlane: 'ambient', captured: 1, total: 3 });
  });

  it('shows sidecar pods as sidecar even in an ambient namespace', () => {
    expect(rollUpNamespace(ambient, [pod({ sidecar: true })]).dataPlane).toBe('sidecar');
  });

  // istio/istio cni/pkg/util enablement_selector.go (1.27, 1.28: no hostNetwork check; after 1.28
  // restored, and the agent skips excludeNamespaces), manifests/charts/istio-cni/values.yaml.
  it('follows the Istio version: hostNetwork pods count as ambient in 1.27 and 1.28 only', () => {
    const pods = [pod({ captured: true }), pod({ hostNetwork: true })];
    expect(rollUpNamespace(ambient, pods, cniRulesFor('v1.26.8')).total).toBe(2);
    expect(
      rollUpNamespace(ns(), [pod({ hostNetwork: true })], cniRulesFor('v1.26.8')).dataPlane,
    ).toBe('none');
    expect(
      rollUpNamespace(ns(), [pod({ hostNetwork: true, mode: 'ambient' })], cniRulesFor('v1.27.9'))
        .dataPlane,
    ).toBe('ambient');
    expect(
      rollUpNamespace(ns(), [pod({ hostNetwork: true, mode: 'ambient' })], cniRulesFor('v1.26.8'))
        .dataPlane,
    ).toBe('none');
    expect(
      rollUpNamespace(ns(), [pod({ hostNetwork: true, mode: 'ambient' })], cniRulesFor('v1.29.0'))
        .dataPlane,
    ).toBe('none');
  });

  it('follows configured enablement selectors (1.27+), also for a namespace without pods', () => {
    const rules = cniRulesFor('v1.27.9', [{ namespaceSelector: { matchLabels: { mesh: 'on' } } }]);
    const on = ns({ mesh: 'on' });
    expect(rollUpNamespace(on, [pod()], rules).dataPlane).toBe('ambient');
    expect(rollUpNamespace(on, [], rules).dataPlane).toBe('ambient');
    expect(rollUpNamespace(ambient, [pod()], rules).dataPlane).toBe('none');
    expect(rollUpNamespace(ambient, [], rules).dataPlane).toBe('none');
    expect(rollUpNamespace(ambient, [pod()]).dataPlane).toBe('ambient');
  });

  it('leaves kube-system out after 1.28, where the agent skips it', () => {
    const kube: NamespaceKind = {
      metadata: { name: 'kube-system', labels: { 'istio.io/dataplane-mode': 'ambient' } },
    };
    const p = { ...pod(), metadata: { ...pod().metadata, namespace: 'kube-system' } };
    expect(rollUpNamespace(kube, [p], cniRulesFor('v1.28.1')).dataPlane).toBe('ambient');
    expect(rollUpNamespace(kube, [p], cniRulesFor('v1.29.0')).dataPlane).toBe('none');
  });
});
